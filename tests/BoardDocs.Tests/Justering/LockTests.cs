using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Justering;

[TestClass]
public sealed class LockTests
{
    [TestMethod]
    public void FirstBuildAfterJusteringWritesLockAndASecondBuildKeepsTheFrozenFiles()
    {
        using var ex = new ExampleCopy();
        var first = ex.Build();
        Assert.AreEqual(0, first.ExitCode, first.All);
        Assert.IsTrue(File.Exists(ex.Lock), "låsfilen skrevs inte");
        StringAssert.Contains(first.Stdout, "låste protokollet");
        var lockText = File.ReadAllText(ex.Lock);
        StringAssert.Contains(lockText, "\"justerad\": \"2014-12-03\"");
        StringAssert.Contains(lockText, "\"protokoll.docx\"");
        Assert.IsTrue(File.Exists(Path.Combine(ex.MeetingOut, "protokoll.lock")));

        var second = ex.Build();
        Assert.AreEqual(0, second.ExitCode, second.All);
        StringAssert.Contains(second.Stdout, "protokoll.docx (justerat och låst)");
        Assert.AreEqual(lockText, File.ReadAllText(ex.Lock), "låsfilen ändrades av ett andra bygge");
    }

    [TestMethod]
    public void ChangedDecisionIsRefusedAndNamesTheField()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build().ExitCode);
        var before = File.ReadAllBytes(Path.Combine(ex.MeetingOut, "protokoll.docx"));
        ex.Edit("    beslut:\n      - godkänna redovisat förslag till budget 2015 och plan 2016 – 2017\n",
                "    beslut:\n      - godkänna redovisat förslag till budget 2015 och plan 2016 – 2018\n");

        var result = ex.Build();
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "fel: § 582 beslut[0] har ändrats efter justering (2014-12-03)");
        StringAssert.Contains(result.Stderr, "inga dokument skrevs");
        CollectionAssert.AreEqual(before, File.ReadAllBytes(Path.Combine(ex.MeetingOut, "protokoll.docx")));
        CliRunner.AssertNoStackTrace(result);

        var validate = CliRunner.Run("validate", ex.Content);
        Assert.AreEqual(1, validate.ExitCode);
        StringAssert.Contains(validate.Stderr, "§ 582 beslut[0] har ändrats efter justering");
    }

    [TestMethod]
    public void ChangedNameInAttendanceIsRefused()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build().ExitCode);
        ex.Edit("    - Anna Viklund\n", "    - Camilla Hedlund\n");
        ex.Edit("    - Camilla Hedlund\n    - Carolina", "    - Anna Viklund\n    - Carolina");
        var result = ex.Build();
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "närvaro.beslutande[1] har ändrats efter justering");
        StringAssert.Contains(result.Stderr, "närvaro.ersättare[1] har ändrats efter justering");
    }

    [TestMethod]
    public void ReorderedParagraphsAreRefused()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build().ExitCode);
        var text = File.ReadAllText(ex.Meeting);
        var a = text.IndexOf("  # § 578", StringComparison.Ordinal);
        var b = text.IndexOf("  # § 579", StringComparison.Ordinal);
        var c = text.IndexOf("  # § 580", StringComparison.Ordinal);
        var swapped = text[..a] + text[b..c] + text[a..b] + text[c..];
        File.WriteAllText(ex.Meeting, swapped);
        var result = ex.Build();
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "§ 578 rubrik har ändrats efter justering");
        StringAssert.Contains(result.Stderr, "§ 579 rubrik har ändrats efter justering");
    }

    [TestMethod]
    public void FormattingAndTemplateChangesDoNotUnfreeze()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build().ExitCode);
        // Comments, quoting and a new template change nothing the protocol says.
        ex.Edit("plats: Samordningsförbundet, Hörnellgatan 17", "plats: \"Samordningsförbundet, Hörnellgatan 17\"   # citerad");
        var builtIn = File.ReadAllText(Path.Combine(RepoPaths.Root, "templates", "protokoll.hbs"));
        Directory.CreateDirectory(Path.Combine(ex.Organ, "mallar"));
        File.WriteAllText(Path.Combine(ex.Organ, "mallar", "protokoll.hbs"), "Egen mall för protokollet.\n\n" + builtIn);
        var result = ex.Build();
        Assert.AreEqual(0, result.ExitCode, result.All);
        StringAssert.Contains(File.ReadAllText(Path.Combine(ex.MeetingOut, "protokoll.txt")), "Egen mall för protokollet.");
    }

    [TestMethod]
    public void RemovingTheJusteringDateAfterLockingIsRefused()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build().ExitCode);
        ex.Edit("  justerad: 2014-12-03\n", "");
        ex.Edit("  anslagen: 2014-12-04\n", "");
        var result = ex.Build();
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "protokollet justerades 2014-12-03 och är låst (2014-11-28.lock), men 'justering.justerad' saknas nu");
    }

    [TestMethod]
    public void CorrectionIsItsOwnDocumentAndLeavesTheLockedProtocolAlone()
    {
        using var ex = new ExampleCopy();
        Assert.AreEqual(0, ex.Build().ExitCode);
        var protocol = File.ReadAllBytes(Path.Combine(ex.MeetingOut, "protokoll.docx"));
        File.AppendAllText(ex.Meeting, """

            rättelser:
              - vad: "I § 582 avses plan 2016 – 2017 för förbundets budget."
                av: Stellan Berglund
                datum: 2014-12-10
                paragraf: 582

            """);
        var result = ex.Build();
        Assert.AreEqual(0, result.ExitCode, result.All);
        CollectionAssert.AreEqual(protocol, File.ReadAllBytes(Path.Combine(ex.MeetingOut, "protokoll.docx")));
        var text = File.ReadAllText(Path.Combine(ex.MeetingOut, "rattelse.txt"));
        StringAssert.Contains(text, "Rättelse av protokoll 2014-11-28");
        StringAssert.Contains(text, "I § 582 avses plan 2016 – 2017 för förbundets budget.");
        StringAssert.Contains(text, "Stellan Berglund");
        StringAssert.Contains(text, "justerades 2014-12-03");
    }

    [TestMethod]
    public void CorrectionInAnUnadjustedMeetingIsAnError()
    {
        using var content = new TempContent();
        content.Meeting("2015-03-05.yaml", """
            datum: 2015-03-05
            tid: { start: "09:00" }
            plats: Norsjö
            ärenden:
              - rubrik: Val av justerare
                typ: val_av_justerare
            rättelser:
              - { vad: Fel namn, av: Stellan Berglund, datum: 2015-03-10 }
            """);
        content.AssertDiagnostics(
            "organ/sammantraden/2015-03-05.yaml:8:5: fel: en rättelse kan bara göras i ett justerat protokoll; ändra texten direkt så länge protokollet inte är justerat");
    }
}
