namespace BoardDocs.Tests.Foundation;

/// <summary><c>boarddocs validate</c> run in-process through <see cref="BoardDocs.Cli.BoardDocsCli.Run"/>.</summary>
[TestClass]
public sealed class CliValidateTests
{
    private const string Kallelse = "samordningsforbundet-skelleftea-norsjo/sammantraden/2015-03-05.yaml";

    [TestMethod]
    [DataRow("validate")]
    [DataRow("validera")]
    public void ExampleContent_ExitsZero_WithExactlyTheTwoWarningsFor2015_03_05(string command)
    {
        var result = CliRunner.Run(command, RepoPaths.Content);

        Assert.AreEqual(0, result.ExitCode, result.All);
        Assert.AreEqual("", result.Stderr);
        var lines = result.StdoutLines.Select(l => Paths.StripPrefix(l, RepoPaths.Content)).ToArray();
        CollectionAssert.AreEqual(new[]
        {
            $"{Kallelse}:36:13: varning: ärende 4 ('Genomgång av pågående insatser 2015, …') saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'",
            $"{Kallelse}:123:13: varning: ärende 6 ('Kartläggning av försörjningsstöd samt…') saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'",
            "1 organ, 2 sammanträden: 0 fel, 2 varningar.",
        }, lines, string.Join("\n", lines));
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    public void ExampleOrganFolder_CanBeValidatedDirectly()
    {
        var result = CliRunner.Run("validate", RepoPaths.ExampleOrgan);

        Assert.AreEqual(0, result.ExitCode, result.All);
        Assert.AreEqual("1 organ, 2 sammanträden: 0 fel, 2 varningar.", result.StdoutLines[^1]);
        Assert.HasCount(3, result.StdoutLines);
    }

    [TestMethod]
    public void PathsInMessages_AreRelativeToTheWorkingDirectory_WhenBelowIt()
    {
        // The content lives outside the working directory here, so the printed path is absolute.
        var result = CliRunner.Run("validate", RepoPaths.Content);
        var expectedPrefix = Engine.Content.DisplayPath.For(Path.Combine(RepoPaths.Content, Kallelse.Replace('/', Path.DirectorySeparatorChar)));
        StringAssert.StartsWith(result.StdoutLines[0], expectedPrefix + ":36:13: varning: ");
    }

    [TestMethod]
    public void ValidateWithoutArguments_ExitsTwo_InSwedish()
    {
        var result = CliRunner.Run("validate");

        Assert.AreEqual(2, result.ExitCode);
        CollectionAssert.AreEqual(new[]
        {
            "boarddocs: ett argument saknas för kommandot 'validate'",
            "Skriv 'boarddocs --hjälp' för hjälp.",
        }, result.StderrLines, result.Stderr);
        Assert.AreEqual("", result.Stdout);
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    public void UnknownCommand_ExitsTwo_InSwedish()
    {
        var result = CliRunner.Run("validering", "content");

        Assert.AreEqual(2, result.ExitCode);
        StringAssert.StartsWith(result.StderrLines[0], "boarddocs: okänt kommando eller argument 'validering'");
        Assert.AreEqual("Skriv 'boarddocs --hjälp' för hjälp.", result.StderrLines[^1]);
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    public void TooManyArguments_ExitsTwo()
    {
        var result = CliRunner.Run("validate", RepoPaths.Content, "extra");

        Assert.AreEqual(2, result.ExitCode);
        Assert.AreEqual("boarddocs: okänt kommando eller argument 'extra'", result.StderrLines[0]);
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    [DataRow("--hjälp")]
    [DataRow("--help")]
    [DataRow("-h")]
    public void Help_IsSwedish(string flag)
    {
        var result = CliRunner.Run(flag);

        Assert.AreEqual(0, result.ExitCode);
        Assert.AreEqual("", result.Stderr);
        var text = result.Stdout;
        StringAssert.StartsWith(text, "BoardDocs gör kallelser, protokoll, protokollsutdrag och bevis om anslag av sammanträden skrivna i YAML.");
        StringAssert.Contains(text, "Användning:\n  boarddocs <kommando> [flaggor]".Replace("\n", Environment.NewLine));
        StringAssert.Contains(text, "Kommandon:");
        StringAssert.Contains(text, "Kontrollerar innehållet och skriver ut alla fel och varningar");
        StringAssert.Contains(text, "Visar hjälp");
        StringAssert.Contains(text, "Skriv 'boarddocs <kommando> --hjälp' för hjälp om ett kommando.");
        Assert.IsFalse(text.Contains("Usage", StringComparison.Ordinal) || text.Contains("Options:", StringComparison.Ordinal) || text.Contains("Show help", StringComparison.Ordinal),
            "English help text:\n" + text);
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    public void ValidateHelp_IsSwedish()
    {
        var result = CliRunner.Run("validate", "--hjälp");

        Assert.AreEqual(0, result.ExitCode);
        StringAssert.StartsWith(result.Stdout, "Kontrollerar innehållet och skriver ut alla fel och varningar");
        StringAssert.Contains(result.Stdout, "boarddocs validate <katalog> [flaggor]");
        StringAssert.Contains(result.Stdout, "En innehållsmapp (en mapp per organ) eller en organmapp");
    }

    [TestMethod]
    public void NoArguments_PrintsHelp_AndExitsTwo()
    {
        var result = CliRunner.Run();

        Assert.AreEqual(2, result.ExitCode);
        StringAssert.Contains(result.Stdout, "Användning:");
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    public void NonexistentFolder_ExitsOne_InSwedish()
    {
        var missing = Path.Combine(Path.GetTempPath(), "boarddocs-foundation-" + Guid.NewGuid().ToString("N"), "innehåll");
        var result = CliRunner.Run("validate", missing);

        Assert.AreEqual(1, result.ExitCode);
        CollectionAssert.AreEqual(new[] { $"{Engine.Content.DisplayPath.For(missing)}: fel: mappen finns inte" }, result.StderrLines, result.Stderr);
        CollectionAssert.AreEqual(new[] { "0 organ, 0 sammanträden: 1 fel, 0 varningar." }, result.StdoutLines, result.Stdout);
        CliRunner.AssertNoStackTrace(result);
        Assert.IsFalse(Directory.Exists(missing), "validate must not create the folder");
    }

    [TestMethod]
    public void EmptyPath_ExitsOne_InSwedish()
    {
        var result = CliRunner.Run("validate", "");

        Assert.AreEqual(1, result.ExitCode, result.All);
        CollectionAssert.AreEqual(new[] { "'': fel: ingen mapp angiven: sökvägen är tom" }, result.StderrLines, result.Stderr);
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    public void FolderWithoutOrganYaml_ExitsOne_InSwedish()
    {
        using var c = new TempContent(organYaml: null);
        var result = CliRunner.Run("validate", c.Root);

        Assert.AreEqual(1, result.ExitCode);
        Assert.AreEqual("fel: hittade ingen organ.yaml: ange en innehållsmapp med en mapp per organ, eller en organmapp",
            c.Relative(result.StderrLines.Single()).Replace(Engine.Content.DisplayPath.For(c.Root) + ": ", ""));
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    public void ContentErrors_ExitOne_ErrorsOnStderr_WarningsAndSummaryOnStdout()
    {
        using var c = new TempContent()
            .Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("    förslag: [fastställa budgeten]\n", ""))
            .Meeting("2015-04-16.yaml", Meetings.Kallelse.Replace("datum: 2015-03-05", "datum: 2015-04-16").Replace("ärenden:", "arenden:"));
        var result = CliRunner.Run("validate", c.Root);

        Assert.AreEqual(1, result.ExitCode);
        CollectionAssert.AreEqual(new[]
        {
            "organ/sammantraden/2015-04-16.yaml:4:1: fel: okänd nyckel 'arenden' — menade du 'ärenden'?",
        }, result.StderrLines.Select(c.Relative).ToArray(), result.Stderr);
        CollectionAssert.AreEqual(new[]
        {
            "organ/sammantraden/2015-03-05.yaml:7:13: varning: ärende 2 ('Budget 2016') saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'",
            "1 organ, 2 sammanträden: 1 fel, 1 varning.",
        }, result.StdoutLines.Select(c.Relative).ToArray(), result.Stdout);
    }

    [TestMethod]
    public void UnreadableYaml_ExitsOne_NotThree()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", "datum: 2015-03-05\närenden: [a, b\nplats: x\n");
        var result = CliRunner.Run("validate", c.Root);

        Assert.AreEqual(1, result.ExitCode, result.All);
        Assert.AreEqual("organ/sammantraden/2015-03-05.yaml:2:10: fel: ogiltig YAML: listan inom [ ] som börjar här avslutas inte (saknas ']'?)",
            c.Relative(result.StderrLines[0]));
        CliRunner.AssertNoStackTrace(result);
    }

    [TestMethod]
    [DataRow(new string[0])]
    [DataRow(new[] { "validate" })]
    [DataRow(new[] { "validate", "--hjälp" })]
    [DataRow(new[] { "validate", "--okänd-flagga", "content" })]
    [DataRow(new[] { "--hjälp" })]
    [DataRow(new[] { "okänt" })]
    [DataRow(new[] { "validate", "/" })]
    [DataRow(new[] { "validate", "\0" })]
    [DataRow(new[] { "validate", "" })]
    public void NoStackTrace_InAnyOutput(string[] args)
    {
        var result = CliRunner.Run(args);

        Assert.IsFalse(result.All.Contains("   at ", StringComparison.Ordinal), $"stack trace for [{string.Join(", ", args)}]:\n{result.All}");
        Assert.AreNotEqual(3, result.ExitCode, $"unexpected error for [{string.Join(", ", args)}]:\n{result.All}");
    }
}
