using System.Text.Json;
using System.Text.RegularExpressions;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf;
using BoardDocs.Engine.Templating;
using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Pdf;

/// <summary>The example content as PDF: same paragraphs, in the same order, as the document model (and so the Word file).</summary>
[TestClass]
public sealed partial class ExamplePdfTests
{
    private static ContentSet Load() => ContentLoader.Load(RepoPaths.ExampleOrgan);

    public static IEnumerable<object[]> Documents()
    {
        yield return ["2014-11-28", "Protokoll", ""];
        yield return ["2014-11-28", "Kallelse", ""];
        yield return ["2015-03-05", "Kallelse", ""];
        yield return ["2014-11-28", "Utdrag", "580"];
        yield return ["2014-11-28", "Utdrag", "586"];
        yield return ["2014-11-28", "Bevis", ""];
    }

    [TestMethod]
    [DynamicData(nameof(Documents))]
    public void PdfTextHasTheModelsParagraphsInOrder(string meetingKey, string kind, string paragraph)
    {
        var set = Load();
        Assert.IsFalse(set.Diagnostics.HasErrors);
        var content = set.Organs.Single();
        var composer = new DocumentComposer(TemplateSet.ForOrgan(content.Organ.Folder));
        var document = composer.Compose(Enum.Parse<DocumentKind>(kind), content, content.FindMeeting(meetingKey)!,
            paragraph.Length == 0 ? null : [int.Parse(paragraph)]);
        var path = PdfTools.Save(new PdfRenderer().Render(document), $"exempel-{kind}-{meetingKey}");

        var furniture = Furniture(document);
        var text = Normalize(PdfTools.Run("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"]), furniture);
        var position = 0;
        foreach (var p in DocumentText.Paragraphs(document))
        {
            var expected = Normalize(p, furniture);
            if (expected.Length == 0) continue;
            var found = text.IndexOf(expected, position, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, found,
                $"stycket saknas eller står i fel ordning i PDF:en:\n  «{expected}»\nefter position {position}; text därefter:\n  «{text[position..Math.Min(text.Length, position + 300)]}»");
            position = found + expected.Length;
        }
    }

    [TestMethod]
    [DataRow("2014-11-28", "Protokoll", "", "protokoll-2014-11-28.txt")]
    [DataRow("2015-03-05", "Kallelse", "", "kallelse-2015-03-05.txt")]
    [DataRow("2014-11-28", "Utdrag", "580", "utdrag-580-2014-11-28.txt")]
    public void PdfTextHasTheWordSnapshotsParagraphsInOrder(string meetingKey, string kind, string paragraph, string snapshot)
    {
        var content = Load().Organs.Single();
        var document = new DocumentComposer(TemplateSet.ForOrgan(content.Organ.Folder)).Compose(Enum.Parse<DocumentKind>(kind),
            content, content.FindMeeting(meetingKey)!, paragraph.Length == 0 ? null : [int.Parse(paragraph)]);
        var path = PdfTools.Save(new PdfRenderer().Render(document), $"snapshot-{kind}-{meetingKey}");
        var furniture = Furniture(document);
        var text = Normalize(PdfTools.Run("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"]), furniture);

        // The body paragraphs of the reviewed Word snapshot ("[Stil] text" lines of "== Brödtext =="),
        // without the dotted signature lines, which are drawn as lines in the PDF.
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "BoardDocs.Tests", "Word", "Snapshots", snapshot));
        var body = lines.SkipWhile(l => l != "== Brödtext ==").Skip(1).TakeWhile(l => !l.StartsWith("== ", StringComparison.Ordinal));
        var position = 0;
        var compared = 0;
        foreach (var line in body)
        {
            var m = SnapshotParagraph().Match(line);
            // '⤓' marks a page break in the snapshot, not text.
            if (!m.Success || m.Groups[1].Value.Contains('…') || m.Groups[1].Value.Trim() == "⤓") continue;
            var expected = Normalize(m.Groups[1].Value.Replace('→', ' ').Replace('↵', ' '), furniture);
            if (expected.Length == 0) continue;
            var found = text.IndexOf(expected, position, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, found, $"stycket ur {snapshot} saknas eller står i fel ordning i PDF:en:\n  «{expected}»");
            position = found + expected.Length;
            compared++;
        }
        Assert.IsGreaterThan(10, compared, "för få stycken jämfördes; har ögonblicksbildens format ändrats?");
    }

    [TestMethod]
    public void ProtocolOutlineListsEveryParagraph()
    {
        var content = Load().Organs.Single();
        var document = new DocumentComposer(TemplateSet.ForOrgan(content.Organ.Folder))
            .Compose(DocumentKind.Protokoll, content, content.FindMeeting("2014-11-28")!);
        var path = PdfTools.Save(new PdfRenderer().Render(document), "exempel-bokmarken");
        using var json = JsonDocument.Parse(PdfTools.Run("qpdf", ["--json", "--json-key=outlines", path]));
        var titles = json.RootElement.GetProperty("outlines").EnumerateArray().Select(o => o.GetProperty("title").GetString()).ToList();
        var expected = document.Blocks.OfType<Heading>().Where(h => h.Bookmark is not null).Select(h => h.Bookmark).ToList();
        CollectionAssert.AreEqual(expected, titles);
        Assert.HasCount(9, titles);
        Assert.AreEqual("§ 578 Genomgång av protokoll från föregående möte", titles[0]);
        Assert.AreEqual("§ 586 Övriga frågor", titles[^1]);
    }

    [TestMethod]
    public void ProtocolPagesAreNumberedNOfTotal()
    {
        var content = Load().Organs.Single();
        var document = new DocumentComposer(TemplateSet.ForOrgan(content.Organ.Folder))
            .Compose(DocumentKind.Protokoll, content, content.FindMeeting("2014-11-28")!);
        var renderer = new PdfRenderer();
        var path = PdfTools.Save(renderer.Render(document), "exempel-sidnummer");
        var pages = int.Parse(PdfTools.Info(path)["Pages"]);
        Assert.AreEqual(renderer.LastPageCount, pages);
        Assert.IsGreaterThan(3, pages);
        for (var page = 1; page <= pages; page++)
            StringAssert.Contains(PdfTools.Text(path, page), $"{page} ({pages})");
    }

    // Running header/footer text is repeated on every page, possibly in the middle of a paragraph
    // that continues on the next page; it is removed from both sides before comparing.
    private static List<string> Furniture(Document d)
    {
        var list = new List<string>();
        if (d.Header is { } h) list.AddRange(new[] { h.Left, h.Center, h.SubLine ?? "" }.Where(s => s.Length > 0));
        if (d.Footer is { } f) list.AddRange(f.Boxes);
        return list.OrderByDescending(s => s.Length).ToList();
    }

    private static string Normalize(string s, List<string> furniture)
    {
        s = PageNumber().Replace(s, " ");
        // A line may end after a hyphen ("KUR-" / "projekt", "behovs-" / "och"): spacing after a hyphen is not compared.
        s = HyphenBreak().Replace(s, "");
        s = Whitespace().Replace(s, " ");
        foreach (var f in furniture) s = s.Replace(f, " ", StringComparison.Ordinal);
        return Whitespace().Replace(s, " ").Trim();
    }

    [GeneratedRegex(@"^\s*\[[^\]]*\] (.+)$")]
    private static partial Regex SnapshotParagraph();

    [GeneratedRegex(@"\b\d+ \(\d+\)")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"(?<=\w-)\s+")]
    private static partial Regex HyphenBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
