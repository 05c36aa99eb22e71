using BoardDocs.Engine.Content;
using BoardDocs.Engine.Validation;

namespace BoardDocs.Cli;

/// <summary>Prints diagnostics as <c>path:line:col: fel|varning: message</c>.</summary>
internal static class DiagnosticPrinter
{
    /// <summary>Prints all diagnostics (errors to stderr, warnings to stdout) and returns 1 on errors, else 0.</summary>
    public static int Print(DiagnosticBag bag, TextWriter stdout, TextWriter stderr, bool summary, ContentSet? content = null)
    {
        foreach (var d in bag.Sorted())
            (d.Severity == Severity.Error ? stderr : stdout).WriteLine(d.ToString());
        if (summary)
        {
            var meetings = content?.Organs.Sum(o => o.Meetings.Count) ?? 0;
            var organs = content?.Organs.Count ?? 0;
            stdout.WriteLine($"{organs} {(organs == 1 ? "organ" : "organ")}, {meetings} {(meetings == 1 ? "sammanträde" : "sammanträden")}: " +
                             $"{bag.ErrorCount} fel, {bag.WarningCount} {(bag.WarningCount == 1 ? "varning" : "varningar")}.");
        }
        return bag.HasErrors ? ExitCodes.ContentError : ExitCodes.Ok;
    }
}
