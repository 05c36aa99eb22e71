using System.CommandLine;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Publishing;

namespace BoardDocs.Cli;

/// <summary><c>boarddocs build &lt;content&gt; -o &lt;out&gt;</c>: every document every meeting can produce.</summary>
internal static class BuildCommand
{
    // Every format BoardDocs writes: a file of any of them that the build did not plan is stale.
    private static readonly string[] OwnExtensions = Enum.GetValues<OutputFormat>().Select(f => "." + f.Extension()).ToArray();

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dirArg = new Argument<string>("katalog") { Description = "En innehållsmapp (en mapp per organ) eller en organmapp" };
        var formatOption = CommonOptions.Format("docx,pdf");
        var outOption = CommonOptions.Output("out");
        var referenceOption = CommonOptions.ReferenceDocx();
        var fontOption = CommonOptions.FontFolders();
        var command = new Command("build", "Gör alla dokument som varje sammanträde kan ge, till <ut>/<organ>/<datum>/")
        {
            dirArg, formatOption, outOption, referenceOption, fontOption,
        };
        command.Aliases.Add("bygg");
        command.SetAction(parse =>
        {
            var options = CommonOptions.Publish(parse, formatOption, referenceOption, fontOption);
            var outRoot = Path.GetFullPath(parse.GetValue(outOption)!);
            var set = ContentLoader.Load(parse.GetValue(dirArg)!);
            DiagnosticPrinter.Print(set.Diagnostics, stdout, stderr, summary: false);
            if (set.Diagnostics.HasErrors)
                throw new CliException("inga dokument skrevs eftersom innehållet har fel (se ovan)");

            var publisher = new Publisher(options);
            var files = Guard.Run(() => publisher.PlanAll(set, outRoot));
            var result = Publisher.Commit(files);
            StaleOutput.Remove(files, outRoot, set, OwnExtensions, lockCopies: false,
                file => stdout.WriteLine($"tog bort inaktuell fil {DisplayPath.For(file)}"));
            CommitReport.Print(result, stdout);
            stdout.WriteLine($"{files.Count} dokument i {DisplayPath.For(outRoot)} ({result.Written.Count} skrivna, {result.KeptLocked.Count} låsta och oförändrade).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
