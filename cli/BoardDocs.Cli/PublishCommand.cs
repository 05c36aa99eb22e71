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
            RemoveStale(files, webRoot, set, stdout);
            CommitReport.Print(result, stdout);
            var meetings = files.Where(f => f.Meeting is not null).Select(f => f.Meeting).Distinct().Count();
            stdout.WriteLine($"{files.Count} filer för {meetings} sammanträden i {DisplayPath.For(webRoot)} ({result.Written.Count} skrivna, {result.KeptLocked.Count} låsta och oförändrade).");
            return ExitCodes.Ok;
        });
        return command;
    }

    // A document no longer published — above all the protocol of a meeting whose justering was
    // taken back — must not stay on the web.
    private static void RemoveStale(List<PlannedFile> files, string webRoot, ContentSet set, TextWriter stdout)
    {
        var planned = files.Select(f => Path.GetFullPath(f.Path)).ToHashSet(StringComparer.Ordinal);
        var protocolFolders = files.Where(f => f.Kind == Engine.Templating.DocumentKind.Protokoll)
            .Select(f => Path.GetFullPath(Path.GetDirectoryName(f.Path)!)).ToHashSet(StringComparer.Ordinal);
        foreach (var organ in set.Organs)
        foreach (var meeting in organ.Meetings)
        {
            var folder = Path.GetFullPath(Path.Combine(webRoot, organ.Organ.Id, meeting.Key));
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder))
            {
                var stale = OwnExtensions.Contains(Path.GetExtension(file))
                    ? !planned.Contains(Path.GetFullPath(file))
                    : file == BoardDocs.Engine.Justering.LockVerification.DefaultLockPath(Path.Combine(folder, "protokoll.pdf")) && !protocolFolders.Contains(folder);
                if (!stale) continue;
                File.Delete(file);
                stdout.WriteLine($"tog bort {DisplayPath.For(file)} (publiceras inte längre)");
            }
        }
    }
}
