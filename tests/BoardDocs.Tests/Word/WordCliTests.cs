using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Word;

/// <summary>render and build of Word files: exit codes, messages, and what is (not) written.</summary>
[TestClass]
public sealed class WordCliTests
{
    private static CliResult Render(ExampleContent example, string date, string output, params string[] more) =>
        CliRunner.Run(["render", example.Meeting(date), "--format", "docx", "-o", output, .. more]);

    [TestMethod]
    public void ProtocolOfAKallelseOnlyMeetingSaysWhatIsMissingAndKeepsTheOldFile()
    {
        using var example = new ExampleContent();
        var output = example.NewFolder("ut");
        Directory.CreateDirectory(output);
        var stale = Path.Combine(output, "protokoll.docx");
        var staleBytes = "gammalt protokoll"u8.ToArray();
        File.WriteAllBytes(stale, staleBytes);

        var result = Render(example, ExampleContent.Kallelse, output, "--dokument", "protokoll");

        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "protokollet för 2015-03-05 kan inte göras ännu");
        StringAssert.Contains(result.Stderr, "'närvaro' saknas");
        StringAssert.Contains(result.Stderr, "saknar 'beslut'");
        CliRunner.AssertNoStackTrace(result);
        CollectionAssert.AreEqual(staleBytes, File.ReadAllBytes(stale), "det gamla protokollet får inte ersättas");
        CollectionAssert.AreEqual(new[] { "protokoll.docx" }, ExampleContent.FilesBelow(output), "inga andra (halvskrivna) filer");
    }

    [TestMethod]
    public void ProtocolOfAKallelseOnlyMeetingWritesNothing()
    {
        using var example = new ExampleContent();
        var output = example.NewFolder("ut");

        var result = Render(example, ExampleContent.Kallelse, output, "--dokument", "protokoll");

        Assert.AreEqual(1, result.ExitCode, result.All);
        Assert.IsFalse(Directory.Exists(output), "utdatamappen får inte skapas: " + string.Join(", ", ExampleContent.FilesBelow(output)));
    }

    [TestMethod]
    public void UtdragWithoutParagrafIsAUsageError()
    {
        using var example = new ExampleContent();
        var output = example.NewFolder("ut");

        var result = Render(example, ExampleContent.Protocol, output, "--dokument", "utdrag");

        Assert.AreEqual(2, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "--paragraf");
        CliRunner.AssertNoStackTrace(result);
        Assert.IsFalse(Directory.Exists(output));
    }

    [TestMethod]
    public void UtdragOfAParagrafOutsideTheProtocolNamesTheRange()
    {
        using var example = new ExampleContent();
        var output = example.NewFolder("ut");

        var result = Render(example, ExampleContent.Protocol, output, "--dokument", "utdrag", "--paragraf", "999");

        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "§ 999");
        StringAssert.Contains(result.Stderr, "§ 578–586");
        CliRunner.AssertNoStackTrace(result);
        Assert.IsFalse(Directory.Exists(output));
    }

    [TestMethod]
    public void UtdragOfOneParagraf()
    {
        using var example = new ExampleContent();
        var output = example.NewFolder("ut");

        var result = Render(example, ExampleContent.Protocol, output, "--dokument", "utdrag", "--paragraf", "580");

        Assert.AreEqual(0, result.ExitCode, result.All);
        CollectionAssert.AreEqual(new[] { "utdrag-580.docx" }, ExampleContent.FilesBelow(output));
    }

    [TestMethod]
    public void UnknownDokumentIsAUsageErrorWithASuggestion()
    {
        using var example = new ExampleContent();
        var output = example.NewFolder("ut");

        var typo = Render(example, ExampleContent.Protocol, output, "--dokument", "protokol");
        Assert.AreEqual(2, typo.ExitCode, typo.All);
        StringAssert.Contains(typo.Stderr, "okänt dokument 'protokol'");
        StringAssert.Contains(typo.Stderr, "menade du 'protokoll'?");

        var x = Render(example, ExampleContent.Protocol, output, "--dokument", "x");
        Assert.AreEqual(2, x.ExitCode, x.All);
        StringAssert.Contains(x.Stderr, "okänt dokument 'x': välj kallelse, protokoll, utdrag, bevis eller rattelse");

        CliRunner.AssertNoStackTrace(typo);
        CliRunner.AssertNoStackTrace(x);
        Assert.IsFalse(Directory.Exists(output));
    }

    [TestMethod]
    public void UnknownFormatIsAUsageError()
    {
        using var example = new ExampleContent();
        var output = example.NewFolder("ut");

        var result = CliRunner.Run("render", example.Meeting(ExampleContent.Protocol), "--dokument", "protokoll", "--format", "doc", "-o", output);

        Assert.AreEqual(2, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "okänt format 'doc'");
        CliRunner.AssertNoStackTrace(result);
        Assert.IsFalse(Directory.Exists(output));
    }

    [TestMethod]
    public void BuildWritesExactlyTheExpectedFilesAndRemovesStaleOnes()
    {
        using var example = new ExampleContent();
        // A protocol of the kallelse-only meeting, from some earlier build: it must not linger.
        var stale = Path.Combine(example.BuiltFolder(ExampleContent.Kallelse), "protokoll.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        File.WriteAllText(stale, "inaktuellt");

        var result = example.Build();

        const string organ = ExampleContent.OrganId;
        CollectionAssert.AreEqual(new[]
        {
            $"{organ}/2014-11-28/bevis.docx",
            $"{organ}/2014-11-28/kallelse.docx",
            $"{organ}/2014-11-28/protokoll.docx",
            $"{organ}/2014-11-28/protokoll.lock",
            $"{organ}/2014-11-28/utdrag-578.docx",
            $"{organ}/2014-11-28/utdrag-579.docx",
            $"{organ}/2014-11-28/utdrag-580.docx",
            $"{organ}/2014-11-28/utdrag-581.docx",
            $"{organ}/2014-11-28/utdrag-582.docx",
            $"{organ}/2014-11-28/utdrag-583.docx",
            $"{organ}/2014-11-28/utdrag-584.docx",
            $"{organ}/2014-11-28/utdrag-585.docx",
            $"{organ}/2014-11-28/utdrag-586.docx",
            $"{organ}/2015-03-05/kallelse.docx",
        }, ExampleContent.FilesBelow(example.Out), string.Join("\n", ExampleContent.FilesBelow(example.Out)));
        StringAssert.Contains(result.Stdout, "tog bort inaktuell fil");
        // The justerat protocol was locked in the temp copy (never in the repository's content/).
        Assert.IsTrue(File.Exists(Path.Combine(example.OrganFolder, "sammantraden", "2014-11-28.lock")));
    }

    [TestMethod]
    public void BuildOfContentWithAnErrorWritesNothing()
    {
        using var example = new ExampleContent();
        File.AppendAllText(example.Meeting(ExampleContent.Kallelse), "\narenden_extra: fel\n");
        var kept = Path.Combine(example.BuiltFolder(ExampleContent.Protocol), "protokoll.docx");
        Directory.CreateDirectory(Path.GetDirectoryName(kept)!);
        File.WriteAllText(kept, "tidigare bygge");

        var result = CliRunner.Run("build", example.Content, "-o", example.Out, "--format", "docx");

        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "2015-03-05.yaml:");
        StringAssert.Contains(result.Stderr, "arenden_extra");
        CliRunner.AssertNoStackTrace(result);
        CollectionAssert.AreEqual(new[] { $"{ExampleContent.OrganId}/2014-11-28/protokoll.docx" }, ExampleContent.FilesBelow(example.Out));
        Assert.AreEqual("tidigare bygge", File.ReadAllText(kept));
        Assert.IsFalse(File.Exists(Path.Combine(example.OrganFolder, "sammantraden", "2014-11-28.lock")), "ingen låsfil när inget byggs");

        var fresh = example.NewFolder("ut");
        Assert.AreEqual(1, CliRunner.Run("build", example.Content, "-o", fresh, "--format", "docx").ExitCode);
        Assert.IsFalse(Directory.Exists(fresh), "utdatamappen får inte skapas");
    }
}
