using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf;

namespace BoardDocs.Tests.Pdf;

[TestClass]
public sealed class PdfEdgeCaseTests
{
    [TestMethod]
    public void Empty_document_gives_one_page_with_header()
    {
        var renderer = new PdfRenderer();
        var path = PdfTools.Save(renderer.Render(new Document { Info = PdfFixtures.Info(), Header = PdfFixtures.Header }), "empty");
        Assert.AreEqual(1, renderer.LastPageCount);
        StringAssert.Contains(PdfTools.Text(path), "1 (1)");
    }

    [TestMethod]
    public void Mixed_content_renders_and_passes_qpdf_check()
    {
        var blocks = new List<Block>
        {
            new Heading(1, StyleNames.Heading1, [new Inline("Kallelse")]) { Bookmark = "Kallelse" },
            new Paragraph(StyleNames.Normal, [new Inline("Vanlig, "), new Inline("fet", Bold: true), new Inline(" och "), new Inline("kursiv", Italic: true),
                new Inline(" text med "), new Inline("kod()", Code: true), new Inline(", en "), new Inline("länk", Url: "https://example.se"),
                Inline.Break, new Inline("och en tvingad radbrytning.")]),
            new Paragraph(StyleNames.Normal, []),
            new Paragraph(StyleNames.Normal, [new Inline("Centrerad")]) { Alignment = Alignment.Center },
            new Paragraph(StyleNames.Normal, [new Inline("Högerställd")]) { Alignment = Alignment.Right },
            new HorizontalRule(),
            new Heading(3, StyleNames.Heading3, [new Inline("Rubrik 3")]),
            new ListBlock { Ordered = true, Start = 9, Items = [[PdfFixtures.P("nio")], [PdfFixtures.P("tio"), new ListBlock { Items = [[PdfFixtures.P("inre")]] }]] },
            new Table { ColumnWidths = [1], Rows = [new TableRow { Cells = [new TableCell(), new TableCell { Blocks = [PdfFixtures.P("extra kolumn")] }] }] },
            new Table { Rows = [] },
            new PageBreak(),
            new PageBreak(),
            new Paragraph(StyleNames.Small, [new Inline("Liten text sist.")]),
            new PageBreak(),
        };
        var document = new Document { Info = PdfFixtures.Info(), Footer = new PageFooter([], "Sidfotstext"), Blocks = blocks };
        var renderer = new PdfRenderer();
        var bytes = renderer.Render(document);
        Assert.IsTrue(bytes.AsSpan().SequenceEqual(new PdfRenderer().Render(document)), "Länkar och annat ska också ge identiska byte.");
        var path = PdfTools.Save(bytes, "mixed");

        Assert.AreEqual(2, renderer.LastPageCount, "Två sidbrytningar i rad eller en sist ska inte ge tomma sidor.");
        var text = PdfTools.Text(path);
        foreach (var s in new[] { "fet", "kursiv", "kod()", "länk", "tvingad radbrytning", "Centrerad", "Högerställd", "9.", "10.", "inre", "extra kolumn", "Liten text sist.", "Sidfotstext" })
            StringAssert.Contains(text, s);
        StringAssert.Contains(PdfTools.Run("qpdf", ["--check", path]), "No syntax or stream encoding errors");
        var raw = System.Text.Encoding.Latin1.GetString(bytes);
        StringAssert.Contains(raw, "/URI(https://example.se)");
        StringAssert.Contains(raw, "/S/Link");

        var words = PdfBoxes.Words(path);
        var center = words.Single(w => w.Text == "Centrerad");
        var right = words.Single(w => w.Text == "Högerställd");
        double left = 25 * 72 / 25.4, rightEdge = (210 - 20) * 72 / 25.4;
        Assert.AreEqual((left + rightEdge) / 2, (center.XMin + center.XMax) / 2, 1.0);
        Assert.AreEqual(rightEdge, right.XMax, 1.0);
    }

    [TestMethod]
    public void Renders_in_parallel()
    {
        var results = new byte[4][];
        Parallel.For(0, results.Length, i => results[i] = new PdfRenderer().Render(PdfFixtures.Protocol(4)));
        for (int i = 1; i < results.Length; i++)
            Assert.IsTrue(results[0].AsSpan().SequenceEqual(results[i]));
    }
}
