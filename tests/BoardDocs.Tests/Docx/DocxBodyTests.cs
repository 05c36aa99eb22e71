using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Docx;
using DocumentFormat.OpenXml.Wordprocessing;
using Document = BoardDocs.Engine.Documents.Document;
using ModelParagraph = BoardDocs.Engine.Documents.Paragraph;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = BoardDocs.Engine.Documents.Table;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxBodyTests
{
    private const int TextWidth = 9355;

    [TestMethod]
    public void ParagrafHeadingGetsOutlineLevelAndBookmark()
    {
        using var rendered = new RenderedProtocol();

        var heading = rendered.ParagraphsInStyle("Paragraf").First();
        Assert.AreEqual("§ 578", heading.InnerText);
        Assert.AreEqual(0, heading.ParagraphProperties!.OutlineLevel!.Val!.Value);
        var start = heading.Elements<BookmarkStart>().Single();
        Assert.AreEqual("P578_Fastställande_av_dagordning", start.Name!.Value);
        Assert.AreEqual(start.Id!.Value, heading.Elements<BookmarkEnd>().Single().Id!.Value);

        var names = rendered.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToList();
        Assert.HasCount(3, names);
        Assert.AreEqual(names.Count, names.Distinct().Count());
    }

    [TestMethod]
    public void RunsKeepBoldItalicAndSwedishText()
    {
        using var rendered = new RenderedProtocol();

        var paragraph = rendered.ParagraphWithText("utsända");
        var bold = paragraph.Elements<Run>().Single(r => r.InnerText == "utsända");
        Assert.IsNotNull(bold.RunProperties!.Bold);
        var italic = paragraph.Elements<Run>().Single(r => r.InnerText == "tillägg");
        Assert.IsNotNull(italic.RunProperties!.Italic);
        StringAssert.Contains(paragraph.InnerText, "«Budget 2015» – enligt § 3");
    }

    [TestMethod]
    public void HyperlinkIsAnExternalRelationship()
    {
        using var rendered = new RenderedProtocol();

        var link = rendered.Body.Descendants<Hyperlink>().Single();
        Assert.AreEqual("förbundets webbplats", link.InnerText);
        var relationship = rendered.Main.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value);
        Assert.IsTrue(relationship.IsExternal);
        Assert.AreEqual(ProtocolFixture.Url, relationship.Uri.OriginalString);
    }

    [TestMethod]
    public void RunsOfOneLinkShareItAndEachAddressGetsOneRelationship()
    {
        const string url = "mailto:info@example.se";
        var document = new Document
        {
            Info = new DocumentInfo { Title = "Länkar" },
            Blocks =
            [
                new ModelParagraph(StyleNames.Normal, [new Inline("skriv ", Url: url), new Inline("till oss", Bold: true, Url: url)]),
                new ModelParagraph(StyleNames.Normal, [new Inline("igen", Url: url), new Inline(" eller "), new Inline("bilaga", Url: "bilagor/budget 2015.pdf")]),
            ],
        };
        var bytes = new DocxRenderer().Render(document);
        DocxPackage.AssertValid(bytes);
        using var package = DocxPackage.Open(bytes);
        var main = package.MainDocumentPart!;

        var links = main.Document.Body!.Descendants<Hyperlink>().ToList();
        Assert.HasCount(3, links);
        Assert.AreEqual("skriv till oss", links[0].InnerText);
        Assert.AreEqual(links[0].Id!.Value, links[1].Id!.Value);
        Assert.HasCount(2, main.HyperlinkRelationships.ToList());
        Assert.IsTrue(main.HyperlinkRelationships.All(r => r.IsExternal));
    }

    [TestMethod]
    public void ListsUseRealNumbering()
    {
        using var rendered = new RenderedProtocol();
        var numbering = rendered.Main.NumberingDefinitionsPart!.Numbering!;

        NumberFormatValues FormatOf(Paragraph p)
        {
            var numPr = p.ParagraphProperties!.NumberingProperties!;
            var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numPr.NumberingId!.Val!.Value);
            var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == instance.AbstractNumId!.Val!.Value);
            var level = numPr.NumberingLevelReference!.Val!.Value;
            return definition.Elements<Level>().Single(l => l.LevelIndex!.Value == level).NumberingFormat!.Val!.Value;
        }

        var bullet = rendered.ParagraphWithText("insatser för unga vuxna");
        Assert.AreEqual(StyleNames.ListParagraph, bullet.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        Assert.AreEqual(NumberFormatValues.Bullet, FormatOf(bullet));
        Assert.AreEqual(0, bullet.ParagraphProperties.NumberingProperties!.NumberingLevelReference!.Val!.Value);

        var nested = rendered.ParagraphExactly("Norsjö");
        Assert.AreEqual(1, nested.ParagraphProperties!.NumberingProperties!.NumberingLevelReference!.Val!.Value);

        var ordered = rendered.ParagraphWithText("förebyggande insatser");
        Assert.AreEqual(NumberFormatValues.Decimal, FormatOf(ordered));
    }

    [TestMethod]
    public void EachOrderedListRestartsAtItsStart()
    {
        var document = new Document
        {
            Info = new DocumentInfo { Title = "Listor" },
            Blocks =
            [
                new ListBlock { Ordered = true, Items = [[Text("a")], [Text("b")]] },
                new ListBlock { Ordered = true, Start = 4, Items = [[Text("c")]] },
            ],
        };
        using var package = DocxPackage.Open(new DocxRenderer().Render(document));
        var main = package.MainDocumentPart!;

        var ids = main.Document.Body!.Elements<Paragraph>()
            .Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value).ToList();
        Assert.AreEqual(ids[0], ids[1]);
        Assert.AreNotEqual(ids[1], ids[2]);
        var second = main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == ids[2]);
        Assert.AreEqual(4, second.Descendants<StartOverrideNumberingValue>().Single().Val!.Value);
    }

    [TestMethod]
    public void HeaderRowsRepeatAndRowsMayBreak()
    {
        using var rendered = new RenderedProtocol();

        W.Table table = rendered.TableWithText("Budget (tkr)");
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.IsNotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.IsTrue(rows.Skip(1).All(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is null));
        Assert.IsTrue(rows.All(r => r.TableRowProperties?.GetFirstChild<CantSplit>() is null));
        Assert.IsTrue(rows[0].Descendants<Run>().All(r => r.RunProperties?.Bold is not null), "Rubrikraden ska vara fet.");
        Assert.AreEqual(BorderValues.Single, table.GetFirstChild<W.TableProperties>()!.TableBorders!.TopBorder!.Val!.Value);
    }

    [TestMethod]
    public void ColumnWidthsAreScaledToTheTextWidth()
    {
        using var rendered = new RenderedProtocol();

        W.Table table = rendered.TableWithText("Budget (tkr)");
        var widths = table.GetFirstChild<W.TableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!)).ToList();
        Assert.AreEqual(TextWidth, widths.Sum());
        Assert.AreEqual(3.0, widths[0] / (double)widths[1], 0.01);
    }

    [TestMethod]
    public void LayoutTableHasNoBorders()
    {
        using var rendered = new RenderedProtocol();

        var borders = rendered.TableWithText("Plats och tid").GetFirstChild<W.TableProperties>()!.TableBorders!;
        Assert.IsTrue(borders.ChildElements.OfType<BorderType>().All(b => b.Val!.Value == BorderValues.Nil));
        Assert.AreEqual("Faltetikett", rendered.ParagraphWithText("Plats och tid").ParagraphProperties!.ParagraphStyleId!.Val!.Value);
    }

    [TestMethod]
    public void SignatureBlockIsABorderlessTableKeptTogether()
    {
        using var rendered = new RenderedProtocol();

        W.Table table = rendered.TableWithText("Underskrifter");
        Assert.IsTrue(table.GetFirstChild<W.TableProperties>()!.TableBorders!.ChildElements.OfType<BorderType>().All(b => b.Val!.Value == BorderValues.Nil));
        var rows = table.Elements<W.TableRow>().ToList();
        Assert.HasCount(2, rows);
        Assert.IsTrue(rows.All(r => r.TableRowProperties?.GetFirstChild<CantSplit>() is not null));
        Assert.IsTrue(rows[0].Descendants<Paragraph>().All(p => p.ParagraphProperties?.KeepNext is not null));

        var cell = rows[0].Elements<W.TableCell>().ElementAt(1);
        var lines = cell.Elements<Paragraph>().Select(p => p.InnerText).ToList();
        CollectionAssert.AreEqual(new[] { "sekreterare" }, lines.Skip(2).ToList());
        Assert.AreEqual("Maria Lindberg", lines[1]);
        StringAssert.StartsWith(lines[0], "……………");
        Assert.IsTrue(lines[0].All(c => c == '…'));
    }

    [TestMethod]
    public void BoxIsABorderedSingleCellKeptTogether()
    {
        using var rendered = new RenderedProtocol();

        W.Table table = rendered.TableWithText("BEVIS OM ANSLAG");
        var cell = table.Elements<W.TableRow>().Single().Elements<W.TableCell>().Single();
        Assert.AreEqual(BorderValues.Single, table.GetFirstChild<W.TableProperties>()!.TableBorders!.TopBorder!.Val!.Value);
        var title = cell.Elements<Paragraph>().First();
        Assert.AreEqual("BEVIS OM ANSLAG", title.InnerText);
        Assert.IsNotNull(title.Descendants<Run>().Single().RunProperties!.Bold);
        Assert.IsNotNull(table.Elements<W.TableRow>().Single().TableRowProperties!.GetFirstChild<CantSplit>());
    }

    [TestMethod]
    public void PageBreakAndRuleAreWritten()
    {
        using var rendered = new RenderedProtocol();

        Assert.AreEqual(1, rendered.Body.Descendants<Break>().Count(b => b.Type?.Value == BreakValues.Page));
        Assert.AreEqual(1, rendered.Body.Descendants<ParagraphBorders>().Count(b => b.BottomBorder is not null));
    }

    [TestMethod]
    public void KeepWithNextAndKeepTogetherBecomeWordProperties()
    {
        var document = new Document
        {
            Info = new DocumentInfo { Title = "Håll ihop" },
            Blocks =
            [
                new ModelParagraph(StyleNames.Normal, [new Inline("först")]) { KeepWithNext = true },
                new ModelParagraph(StyleNames.Normal, [new Inline("hel")]) { KeepTogether = true },
                new ListBlock { KeepTogether = true, Items = [[Text("ett")], [Text("två")]] },
                new Table { KeepTogether = true, Rows = [Row("x"), Row("y")] },
                new ModelParagraph(StyleNames.Normal, [new Inline("sist")]),
            ],
        };
        var bytes = new DocxRenderer().Render(document);
        DocxPackage.AssertValid(bytes);
        using var package = DocxPackage.Open(bytes);
        var body = package.MainDocumentPart!.Document.Body!;
        Paragraph P(string text) => body.Descendants<Paragraph>().First(p => p.InnerText == text);

        Assert.IsNotNull(P("först").ParagraphProperties!.KeepNext);
        Assert.IsNotNull(P("hel").ParagraphProperties!.KeepLines);
        Assert.IsNull(P("hel").ParagraphProperties!.KeepNext);
        Assert.IsNotNull(P("ett").ParagraphProperties!.KeepNext);
        Assert.IsNull(P("två").ParagraphProperties!.KeepNext);
        Assert.IsNotNull(P("x").ParagraphProperties!.KeepNext);
        Assert.IsTrue(body.Descendants<W.TableRow>().All(r => r.TableRowProperties?.GetFirstChild<CantSplit>() is not null));
    }

    [TestMethod]
    public void AdjacentTablesAreKeptApart()
    {
        var document = new Document
        {
            Info = new DocumentInfo { Title = "Två tabeller" },
            Blocks = [new Table { Rows = [Row("a")] }, new Table { Rows = [Row("b")] }],
        };
        using var package = DocxPackage.Open(new DocxRenderer().Render(document));

        var kinds = package.MainDocumentPart!.Document.Body!.ChildElements.Select(e => e.LocalName).ToList();
        CollectionAssert.AreEqual(new[] { "tbl", "p", "tbl", "p", "sectPr" }, kinds);
    }

    [TestMethod]
    public void SectionUsesThePageSetup()
    {
        using var rendered = new RenderedProtocol();

        var section = rendered.Body.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.AreEqual(11906u, size.Width!.Value);
        Assert.AreEqual(16838u, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.AreEqual(1417u, margin.Left!.Value);
        Assert.AreEqual(1134u, margin.Right!.Value);
        Assert.AreEqual(1417, margin.Top!.Value);    // 25 mm
        Assert.AreEqual(1531, margin.Bottom!.Value); // 27 mm
        Assert.AreEqual(567u, margin.Header!.Value);
        Assert.AreEqual(567u, margin.Footer!.Value);
    }

    private static ModelParagraph Text(string text) => new(StyleNames.Normal, [new Inline(text)]);

    private static BoardDocs.Engine.Documents.TableRow Row(string text) =>
        new() { Cells = [new BoardDocs.Engine.Documents.TableCell { Blocks = [Text(text)] }] };
}
