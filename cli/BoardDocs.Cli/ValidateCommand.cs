using System.CommandLine;
using BoardDocs.Engine.Content;

namespace BoardDocs.Cli;

/// <summary><c>boarddocs validate &lt;katalog&gt;</c>: checks content and prints every problem.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var dir = new Argument<string>("katalog") { Description = "En innehållsmapp (en mapp per organ) eller en organmapp" };
        var command = new Command("validate", "Kontrollerar innehållet och skriver ut alla fel och varningar") { dir };
        command.Aliases.Add("validera");
        command.SetAction(parse =>
        {
            var content = ContentLoader.Load(parse.GetValue(dir)!);
            return DiagnosticPrinter.Print(content.Diagnostics, stdout, stderr, summary: true, content);
        });
        return command;
    }
}
