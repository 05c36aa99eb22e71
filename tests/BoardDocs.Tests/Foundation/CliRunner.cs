using System.Globalization;
using BoardDocs.Cli;

namespace BoardDocs.Tests.Foundation;

/// <summary>What one in-process run of the CLI printed.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string[] StdoutLines => Lines(Stdout);
    public string[] StderrLines => Lines(Stderr);
    public string All => Stdout + Stderr;

    private static string[] Lines(string s) =>
        s.Replace("\r\n", "\n").Split('\n', StringSplitOptions.None) is var l && l.Length > 0 && l[^1] == "" ? l[..^1] : l;
}

/// <summary>Runs <see cref="BoardDocsCli.Run"/> in-process.</summary>
internal static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        // Run sets the thread's culture to sv-SE; restore it so other tests on this thread are unaffected.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        try
        {
            var code = BoardDocsCli.Run(args, stdout, stderr);
            return new CliResult(code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    /// <summary>Asserts that no stack trace was printed.</summary>
    public static void AssertNoStackTrace(CliResult result)
    {
        Assert.IsFalse(result.All.Contains("   at ", StringComparison.Ordinal), "stack trace printed:\n" + result.All);
        Assert.IsFalse(result.All.Contains("Exception:", StringComparison.Ordinal) && result.ExitCode != 3,
            "exception text printed:\n" + result.All);
    }
}
