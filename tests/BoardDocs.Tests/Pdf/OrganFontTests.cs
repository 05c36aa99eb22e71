using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Pdf;

/// <summary>An organisation's own fonts (organ.yaml <c>typsnitt</c>) reach the PDF, and a missing one is a clear error.</summary>
[TestClass]
public sealed class OrganFontTests
{
    private const string Meeting = """
        datum: 2015-03-05
        tid: { start: "09:00" }
        plats: Norsjö
        ärenden:
          - rubrik: Årsredovisning 2014
            förslag: [godkänna årsredovisningen]
        """;

    private static string OrganWithFonts(string fonts) =>
        TempContent.StandardOrgan.Replace("sekreterare: Stellan Berglund", "sekreterare: Stellan Berglund\n" + fonts);

    [TestMethod]
    public void OrganFontFolderAndFamilyAreUsedInThePdf()
    {
        const string source = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
        if (!File.Exists(source)) Assert.Inconclusive("DejaVu Serif saknas (fonts-dejavu-core)");
        using var content = new TempContent(OrganWithFonts("typsnitt:\n  brödtext: DejaVu Serif\n  mappar: [typsnitt]\n"));
        Directory.CreateDirectory(Path.Combine(content.OrganFolder, "typsnitt"));
        File.Copy(source, Path.Combine(content.OrganFolder, "typsnitt", "DejaVuSerif.ttf"));
        content.Meeting("2015-03-05.yaml", Meeting);
        var outDir = Path.Combine(content.Root, "ut");

        var result = CliRunner.Run("build", content.Root, "-o", outDir, "--format", "pdf");
        Assert.AreEqual(0, result.ExitCode, result.All);
        var fonts = PdfTools.Run("pdffonts", [Path.Combine(outDir, "organ", "2015-03-05", "kallelse.pdf")]);
        StringAssert.Contains(fonts, "DejaVu Serif");
    }

    [TestMethod]
    public void MissingOrganFontIsASwedishErrorAndNothingIsWritten()
    {
        using var content = new TempContent(OrganWithFonts("typsnitt:\n  brödtext: Finns Inte Antikva\n"));
        content.Meeting("2015-03-05.yaml", Meeting);
        var outDir = Path.Combine(content.Root, "ut");

        var result = CliRunner.Run("build", content.Root, "-o", outDir, "--format", "docx,pdf");
        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "Typsnittet 'Finns Inte Antikva' hittades inte");
        StringAssert.Contains(result.Stderr, "Sökta mappar:");
        CliRunner.AssertNoStackTrace(result);
        Assert.IsFalse(Directory.Exists(outDir), "något skrevs trots felet");
    }

    [TestMethod]
    public void FontFolderOutsideTheOrganIsAnError()
    {
        using var content = new TempContent(OrganWithFonts("typsnitt:\n  mappar: [../typsnitt, saknas]\n"));
        content.Meeting("2015-03-05.yaml", Meeting);
        content.AssertDiagnostics(
            "organ/organ.yaml:6:12: fel: typsnittsmappen '../typsnitt' måste ligga i organets mapp (relativ sökväg utan '..')",
            "organ/organ.yaml:6:25: fel: typsnittsmappen 'saknas' finns inte");
    }
}
