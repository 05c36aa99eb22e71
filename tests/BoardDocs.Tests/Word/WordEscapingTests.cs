using BoardDocs.Tests.Foundation;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Word;

/// <summary>
/// Plain-text fields come out literally in Word, whatever Markdown or Handlebars they look like;
/// only (md) fields such as beredning are formatted.
/// </summary>
[TestClass]
public sealed class WordEscapingTests
{
    private const string Organ = """
        namn: Testförbundet Norsjö
        kortnamn: Testförbundet
        paragrafnumrering: löpande
        sekreterare: Stellan Berglund
        ledamöter:
          - { namn: "Bertil *Almgren*", roll: ordförande }
          - { namn: Anna Viklund, roll: vice ordförande }
          - { namn: Kenneth Andersson, roll: ledamot }
          - { namn: Carolina Marklund, roll: ersättare }

        """;

    private const string Meeting = """
        datum: 2015-03-05
        tid: { start: "09:00", slut: "12:00" }
        plats: Kommunhuset, Norsjö
        första_paragraf: 1
        närvaro:
          beslutande: ["Bertil *Almgren*", Anna Viklund, Kenneth Andersson]
          övriga:
            - { namn: Eva Ek, titel: "Ekonom | controller" }
        justering:
          justerare: [Anna Viklund]
        ärenden:
          - rubrik: "1. Inte en lista"
            förslag: ["godkänna _x_ och [länk](http://x)"]
            beslut: ["godkänna _x_ och [länk](http://x)"]
          - rubrik: "# Inte en rubrik"
            beredning: |
              Detta är **fet** text.
            förslag: ["visa <b>inte</b> fetstil"]
            beslut: ["visa <b>inte</b> fetstil"]
          - rubrik: "Mall {{organ.namn}} | rör"
            bilagor:
              - { fil: bilagor/a.md, titel: "Bilaga | med rör" }
            förslag: ["skriva {{organ.namn}} bokstavligt"]
            beslut: ["skriva {{organ.namn}} bokstavligt"]

        """;

    private static TempContent NewContent()
    {
        var content = new TempContent(Organ).Meeting("2015-03-05.yaml", Meeting);
        content.File("organ/bilagor/a.md", "# Bilaga\n");
        return content;
    }

    private static byte[] Render(TempContent content, string kind)
    {
        var output = Path.Combine(content.Root, "ut-" + kind);
        var result = CliRunner.Run("render", Path.Combine(content.OrganFolder, "sammantraden", "2015-03-05.yaml"),
            "--dokument", kind, "--format", "docx", "-o", output);
        Assert.AreEqual(0, result.ExitCode, result.All);
        return File.ReadAllBytes(Path.Combine(output, kind + ".docx"));
    }

    [TestMethod]
    public void ProtocolShowsPlainFieldsLiterally()
    {
        using var content = NewContent();
        var bytes = Render(content, "protokoll");
        using var document = WordText.Open(bytes);
        var dump = WordText.Dump(bytes);
        var paragraphs = WordText.Paragraphs(document).ToList();

        Paragraph Exactly(string text) =>
            paragraphs.SingleOrDefault(p => WordText.Text(p) == text)
            ?? throw new AssertFailedException($"inget stycke lyder '{text}':\n{dump}");

        // A name with '*' (in närvaro and among the signatures), not emphasis.
        StringAssert.Contains(dump, "Bertil *Almgren*, ordförande");
        Assert.IsNotNull(Exactly("Bertil *Almgren*"), dump);
        // '|' in a title (övriga deltagande, bilaga): no table.
        StringAssert.Contains(dump, "Eva Ek, Ekonom | controller");
        Exactly("Se bilaga: Bilaga | med rör.");

        // A rubrik starting "1." is a heading text, not a numbered list; one starting '#' is no heading level of its own.
        var listLike = Exactly("1. Inte en lista");
        var hashLike = Exactly("# Inte en rubrik");
        Assert.AreEqual(WordText.StyleId(Exactly("Mall {{organ.namn}} | rör")), WordText.StyleId(listLike));
        Assert.AreEqual(WordText.StyleId(listLike), WordText.StyleId(hashLike));
        Assert.IsFalse(paragraphs.Any(p => p.ParagraphProperties?.NumberingProperties is not null), "inga listor:\n" + dump);

        // _x_, a Markdown link and <b> in att-satser: literal, no italics, no hyperlink, no bold.
        var link = Exactly("att→godkänna _x_ och [länk](http://x).");
        var html = Exactly("att→visa <b>inte</b> fetstil.");
        Assert.IsFalse(Runs(link).Any(r => IsOn(r.RunProperties?.Italic) || IsOn(r.RunProperties?.Bold)), link.OuterXml);
        Assert.IsFalse(Runs(html).Any(r => IsOn(r.RunProperties?.Bold)), html.OuterXml);
        Assert.IsFalse(document.MainDocumentPart!.Document.Descendants<Hyperlink>().Any(), "ingen hyperlänk:\n" + dump);
        Assert.IsEmpty(document.MainDocumentPart!.HyperlinkRelationships.ToList());

        // {{organ.namn}} in a rubrik and an att-sats is text, not template output.
        Exactly("att→skriva {{organ.namn}} bokstavligt.");
        Assert.IsFalse(dump.Contains("Mall Testförbundet Norsjö", StringComparison.Ordinal), dump);
        Assert.IsFalse(dump.Contains("skriva Testförbundet Norsjö", StringComparison.Ordinal), dump);

        // No backslash of the escaping is left anywhere.
        Assert.IsFalse(dump.Contains('\\'), dump);
    }

    [TestMethod]
    public void BeredningIsMarkdown()
    {
        using var content = NewContent();
        using var document = WordText.Open(Render(content, "protokoll"));

        var paragraph = WordText.Paragraphs(document).Single(p => WordText.Text(p) == "Detta är **fet** text.".Replace("**", ""));
        var runs = Runs(paragraph).Where(r => r.InnerText.Length > 0).ToList();
        var bold = runs.Where(r => IsOn(r.RunProperties?.Bold)).Select(r => r.InnerText).ToList();
        CollectionAssert.AreEqual(new[] { "fet" }, bold, paragraph.OuterXml);
    }

    [TestMethod]
    public void KallelseShowsPlainFieldsLiterally()
    {
        using var content = NewContent();
        var dump = WordText.Dump(Render(content, "kallelse"));
        var lines = dump.Split('\n').Select(l => l.Trim()).ToList();

        foreach (var expected in new[]
                 {
                     "1. 1. Inte en lista", "2. # Inte en rubrik", "3. Mall {{organ.namn}} | rör",
                     "att→godkänna _x_ och [länk](http://x).", "att→visa <b>inte</b> fetstil.",
                     "att→skriva {{organ.namn}} bokstavligt.",
                 })
            Assert.IsTrue(lines.Any(l => l.EndsWith("] " + expected, StringComparison.Ordinal)), $"'{expected}' saknas:\n{dump}");
        Assert.IsFalse(dump.Contains('\\'), dump);
    }

    private static IEnumerable<Run> Runs(Paragraph p) => p.Descendants<Run>();

    private static bool IsOn(OnOffType? value) => value is not null && (value.Val is null || value.Val.Value);
}
