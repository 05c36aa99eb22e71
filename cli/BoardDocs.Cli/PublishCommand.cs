using System.CommandLine;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Publishing;

namespace BoardDocs.Cli;

/// <summary>
/// <c>boarddocs publicera &lt;katalog&gt; -o &lt;webbmapp&gt;</c>: a public web folder with the
/// justerade protokoll and bevis om anslag (HTML and PDF), the kallelser of coming meetings and
/// an index page per organ. A protocol that is not justerat is never published.
/// </summary>
internal static class PublishCommand
{
    private static readonly string[] OwnExtensions = [".html", ".pdf"];

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dirArg = new Argument<string>("katalog") { Description = "En innehållsmapp (en mapp per organ) eller en organmapp" };
        var outOption = CommonOptions.Output("webb");
        var fontOption = CommonOptions.FontFolders();
        var command = new Command("publicera",
            "Gör en webbmapp med justerade protokoll och bevis om anslag (HTML och PDF), kallelser och en sida per organ")
        {
            dirArg, outOption, fontOption,
        };
        command.Aliases.Add("publish");
        command.SetAction(parse =>
        {
            var webRoot = Path.GetFullPath(parse.GetValue(outOption)!);
            var set = ContentLoader.Load(parse.GetValue(dirArg)!);
            DiagnosticPrinter.Print(set.Diagnostics, stdout, stderr, summary: false);
            if (set.Diagnostics.HasErrors)
                throw new CliException("inget publicerades eftersom innehållet har fel (se ovan)");

            var publisher = new WebPublisher(new PublishOptions { FontFolders = parse.GetValue(fontOption) ?? [] });
            var files = Guard.Run(() => publisher.Plan(set, webRoot));
            var result = Publisher.Commit(files);
            StaleOutput.Remove(files, webRoot, set, OwnExtensions, lockCopies: true,
                file => stdout.WriteLine($"tog bort {DisplayPath.For(file)} (publiceras inte längre)"));
            CommitReport.Print(result, stdout);
            var meetings = files.Where(f => f.Meeting is not null).Select(f => f.Meeting).Distinct().Count();
            stdout.WriteLine($"{files.Count} filer för {meetings} sammanträden i {DisplayPath.For(webRoot)} ({result.Written.Count} skrivna, {result.KeptLocked.Count} låsta och oförändrade).");
            return ExitCodes.Ok;
        });
        return command;
    }
}
