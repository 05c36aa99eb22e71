using System.Xml.Linq;
using BoardDocs.Tests.Foundation;
using BoardDocs.Tests.Pdf;
using BoardDocs.Tests.Word;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;

namespace BoardDocs.Tests.Cli;

/// <summary>
/// Another board's content than the example: per_år numbering, a serving substitute, Markdown with
/// a heading, table, nested list, link and code in beredning, motions, a vote, a written
/// reservation, a protokollsanteckning and an omedelbart justerad §, through every format.
/// </summary>
[TestClass]
public sealed class RichContentTests
{
    private static string Data(string name) => File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "BoardDocs.Tests", "Cli", "Data", name));

    [TestMethod]
    public void RichContentRendersInEveryFormat()
    {
        using var content = new TempContent(Data("rich-organ.yaml"));
        content.Meeting("2025-01-09.yaml", Data("rich-2025-01-09.yaml"));
        var outDir = Path.Combine(content.Root, "ut");
        var result = CliRunner.Run("build", content.Root, "-o", outDir, "--format", "docx,pdf,html");
        Assert.AreEqual(0, result.ExitCode, result.All);
        var folder = Path.Combine(outDir, "organ", "2025-01-09");
        CollectionAssert.AreEqual(
            new[] { "bevis-2", "kallelse", "protokoll", "utdrag-1", "utdrag-2" },
            Directory.GetFiles(folder).Select(Path.GetFileNameWithoutExtension).Distinct().Order(StringComparer.Ordinal).ToList());

        foreach (var docx in Directory.GetFiles(folder, "*.docx"))
        {
            using var document = WordText.Open(File.ReadAllBytes(docx));
            var errors = new OpenXmlValidator(FileFormatVersions.Microsoft365).Validate(document).ToList();
            Assert.IsEmpty(errors, $"{Path.GetFileName(docx)}: {string.Join("; ", errors.Select(e => e.Description))}");
        }

        // pdftotext may read a short "§ 2" heading as "§2"; the gap is there on the page.
        var pdf = string.Join(" ", PdfTools.Text(Path.Combine(folder, "protokoll.pdf")).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Replace("§1 ", "§ 1 ").Replace("§2 ", "§ 2 ");
        foreach (var expected in new[]
        {
            "Nämnden för *funktionsstöd* | Göteborg", "§ 1", "§ 2", "Eva Ersättare, tjänstgörande ersättare för Lars Ledamot",
            "Sammanfattning", "733 333 kronor", "underpunkt b", "Ett citat ur remissvaret.", "Vera Vice yrkar bifall till förvaltningens förslag.",
            "Omröstning genomförs. Resultat: 2 ja-röster, 1 nej-röst och 0 som avstår.",
            "Reservationen är skriftlig och bifogas protokollet.", "Paragrafen förklaras omedelbart justerad.",
            "Expedieras: Forum Skill, Förvaltningen för funktionsstöd",
        })
            StringAssert.Contains(pdf, expected);

        var html = XDocument.Parse(File.ReadAllText(Path.Combine(folder, "protokoll.html")));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        Assert.IsTrue(html.Descendants(x + "table").Count() >= 2, "beredningens tabell och omröstningen ska vara tabeller");
        Assert.IsTrue(html.Descendants(x + "a").Any(a => (string?)a.Attribute("href") == "https://goteborg.se"));

        // Bevis for the omedelbart justerad § 2: anslag on the meeting day (Thursday 9 January
        // 2025); three weeks later is Thursday 30 January, a working day.
        var bevis = PdfTools.Text(Path.Combine(folder, "bevis-2.pdf"));
        StringAssert.Contains(bevis, "2025-01-30");
    }
}
