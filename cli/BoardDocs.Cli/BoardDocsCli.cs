using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;

namespace BoardDocs.Cli;

/// <summary>
/// The boarddocs command line. <see cref="Run"/> is the whole program, testable in-process:
/// it never lets an exception escape, and never prints a stack trace.
/// </summary>
public static class BoardDocsCli
{
    /// <summary>Runs the command line and returns the exit code.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var sv = CultureInfo.GetCultureInfo("sv-SE");
        CultureInfo.CurrentCulture = sv;
        CultureInfo.CurrentUICulture = sv;
        try
        {
            var root = BuildCommands(stdout, stderr);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not SwedishHelp)
            {
                foreach (var error in parse.Errors)
                    stderr.WriteLine($"boarddocs: {ParseErrorText.Translate(error.Message)}");
                stderr.WriteLine("Skriv 'boarddocs --hjälp' för hjälp.");
                return ExitCodes.Usage;
            }
            var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return parse.Invoke(config);
        }
        catch (CliException e)
        {
            stderr.WriteLine($"boarddocs: {e.Message}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A full disk or a folder without write permission is the user's to fix, not a bug.
            stderr.WriteLine($"boarddocs: en fil kunde inte läsas eller skrivas: {FirstLine(e.Message)}");
            return ExitCodes.ContentError;
        }
        catch (Exception e)
        {
            // One line, no stack trace: the user can do nothing with one, and it may leak paths.
            stderr.WriteLine($"boarddocs: ett oväntat fel inträffade ({e.GetType().Name}: {FirstLine(e.Message)}). Rapportera gärna felet till BoardDocs.");
            return ExitCodes.Internal;
        }
    }

    private static string FirstLine(string s) => s.Split('\n')[0].Trim();

    private static RootCommand BuildCommands(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("BoardDocs gör kallelser, protokoll, protokollsutdrag och bevis om anslag av sammanträden skrivna i YAML.");
        foreach (var h in root.Options.OfType<HelpOption>().ToList()) root.Options.Remove(h);
        root.Options.Add(new HelpOption("--hjälp", "--help", "-h", "-?"));
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr));
        root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
        root.Subcommands.Add(PublishCommand.Create(stdout, stderr));
        root.Subcommands.Add(SignCommand.CreateSign(stdout));
        root.Subcommands.Add(SignCommand.CreateVerify(stdout, stderr));
        foreach (var c in root.Subcommands) SwedishHelp.Install(c, stdout);
        SwedishHelp.Install(root, stdout);
        root.SetAction(_ =>
        {
            SwedishHelp.Print(root, stdout);
            return ExitCodes.Usage;
        });
        return root;
    }
}
