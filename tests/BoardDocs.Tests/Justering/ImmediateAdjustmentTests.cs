using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Justering;

[TestClass]
public sealed class ImmediateAdjustmentTests
{
    private const string Meeting = """
        datum: 2024-12-03
        tid: { start: "09:00", slut: "12:00" }
        plats: Stadshuset
        närvaro:
          beslutande: [Bertil Almgren, Anna Viklund, Kenneth Andersson, Mikael Lindfors]
        justering: { justerare: [Anna Viklund] }
        ärenden:
          - rubrik: Val av justerare
            typ: val_av_justerare
          - rubrik: Idéburet offentligt partnerskap med Norma
            förslag: [ingå partnerskap med Forum Skill till en kostnad av 733 333 kronor]
            beslut: [ingå partnerskap med Forum Skill till en kostnad av 733 333 kronor]
            omedelbart_justerad: true
          - rubrik: Övrigt
            beslut: [lägga informationen till handlingarna]
        """;

    [TestMethod]
    public void ImmediatelyAdjustedParagraphGetsItsOwnBevisBeforeTheProtocolIsAdjusted()
    {
        using var content = new TempContent();
        content.Organ(TempContent.StandardOrgan.Replace("paragrafnumrering: löpande", "paragrafnumrering: per_år"));
        content.Meeting("2024-12-03.yaml", Meeting);
        var outDir = Path.Combine(content.Root, "ut");
        var result = CliRunner.Run("build", content.Root, "-o", outDir, "--format", "txt");
        Assert.AreEqual(0, result.ExitCode, result.All);
        var folder = Path.Combine(outDir, "organ", "2024-12-03");
        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order().ToList();
        CollectionAssert.AreEqual(new[] { "bevis-2.txt", "kallelse.txt", "protokoll.txt", "utdrag-1.txt", "utdrag-2.txt", "utdrag-3.txt" }, files,
            string.Join(", ", files));

        // Anslag on the meeting day (Tuesday 3 Dec); three weeks later is julafton, then juldagen,
        // annandag jul: the appeal period ends Friday 27 December.
        var bevis = File.ReadAllText(Path.Combine(folder, "bevis-2.txt"));
        StringAssert.Contains(bevis, "har förklarat § 2 omedelbart justerad");
        StringAssert.Contains(bevis, "**Datum för anslag**\n    [Cell]\n      [Normal] 2024-12-03");
        StringAssert.Contains(bevis, "**Sista dag för överklagande**\n    [Cell]\n      [Normal] 2024-12-27");
        StringAssert.Contains(File.ReadAllText(Path.Combine(folder, "protokoll.txt")), "Paragrafen förklaras omedelbart justerad.");
    }

    [TestMethod]
    public void OwnAnslagDateMovesTheAppealPeriod()
    {
        using var content = new TempContent();
        content.Meeting("2024-12-03.yaml", Meeting.Replace("    omedelbart_justerad: true", "    omedelbart_justerad: true\n    anslagen: 2024-12-05"));
        var outDir = Path.Combine(content.Root, "ut");
        var result = CliRunner.Run("render", Path.Combine(content.OrganFolder, "sammantraden", "2024-12-03.yaml"),
            "--dokument", "bevis", "--paragraf", "2", "--format", "txt", "-o", outDir);
        Assert.AreEqual(0, result.ExitCode, result.All);
        var bevis = File.ReadAllText(Path.Combine(outDir, "bevis-2.txt"));
        // 5 Dec + 21 days = Thursday 26 Dec, annandag jul → Friday 27 Dec.
        StringAssert.Contains(bevis, "**Datum för anslag**\n    [Cell]\n      [Normal] 2024-12-05");
        StringAssert.Contains(bevis, "**Sista dag för överklagande**\n    [Cell]\n      [Normal] 2024-12-27");
    }

    [TestMethod]
    public void BevisForAParagraphThatIsNotImmediatelyAdjustedIsRefused()
    {
        using var content = new TempContent();
        content.Meeting("2024-12-03.yaml", Meeting);
        var outDir = Path.Combine(content.Root, "ut");
        var result = CliRunner.Run("render", Path.Combine(content.OrganFolder, "sammantraden", "2024-12-03.yaml"),
            "--dokument", "bevis", "--paragraf", "3", "--format", "txt", "-o", outDir);
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "bevis om anslag för § 3 kan inte göras ännu: protokollet är inte justerat och paragrafen är inte omedelbart justerad");
        Assert.IsFalse(Directory.Exists(outDir) && Directory.EnumerateFileSystemEntries(outDir).Any(), "en fil skrevs trots felet");
        CliRunner.AssertNoStackTrace(result);
    }
}
