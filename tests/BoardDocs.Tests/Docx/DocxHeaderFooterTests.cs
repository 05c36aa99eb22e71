using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxHeaderFooterTests
{
    [TestMethod]
    public void HeaderIsTheDefaultHeaderOfTheSection()
    {
        using var rendered = new RenderedProtocol();

        var reference = rendered.Body.Elements<SectionProperties>().Single().Elements<HeaderReference>().Single();
        Assert.AreEqual(HeaderFooterValues.Default, reference.Type!.Value);
        Assert.AreEqual("rIdHeader1", reference.Id!.Value);
        Assert.IsInstanceOfType<HeaderPart>(rendered.Main.GetPartById(reference.Id.Value!));
    }

    [TestMethod]
    public void HeaderShowsOrganKindDateAndPageFields()
    {
        using var rendered = new RenderedProtocol();
        var header = rendered.Main.HeaderParts.Single().Header!;

        var cells = header.Descendants<TableCell>().ToList();
        Assert.HasCount(3, cells);
        Assert.AreEqual(ProtocolFixture.Organ, cells[0].InnerText);
        Assert.IsNotNull(cells[0].Descendants<Run>().Single().RunProperties!.Bold);
        Assert.AreEqual("PROTOKOLL", cells[1].InnerText);

        var instructions = cells[2].Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        CollectionAssert.AreEqual(new[] { "PAGE", "NUMPAGES" }, instructions);
        var kinds = cells[2].Descendants<FieldChar>().Select(f => f.FieldCharType!.Value).ToList();
        CollectionAssert.AreEqual(
            new[] { FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End, FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End },
            kinds);
        // InnerText would include the field instructions; only w:t is what the reader sees.
        var lines = cells[2].Elements<Paragraph>().Select(p => string.Concat(p.Descendants<Text>().Select(t => t.Text))).ToList();
        Assert.AreEqual("1 (1)", lines[0], "Sidnumret ska visa ett cachat värde tills fälten uppdateras.");
        Assert.AreEqual("2014-11-28", lines[1]);
    }

    [TestMethod]
    public void FooterHasRightAlignedLabelledBoxes()
    {
        using var rendered = new RenderedProtocol();
        var footer = rendered.Main.FooterParts.Single().Footer!;

        var table = footer.Elements<Table>().Single();
        Assert.AreEqual(TableRowAlignmentValues.Right, table.GetFirstChild<TableProperties>()!.TableJustification!.Val!.Value);
        var row = table.Elements<TableRow>().Single();
        var height = row.TableRowProperties!.GetFirstChild<TableRowHeight>()!;
        Assert.AreEqual(680u, height.Val!.Value);
        Assert.AreEqual(HeightRuleValues.Exact, height.HeightType!.Value);

        var boxes = row.Elements<TableCell>().Where(c => c.TableCellProperties!.TableCellBorders is not null).ToList();
        CollectionAssert.AreEqual(new[] { "Justering (sign)", "Utdragsbestyrkande" }, boxes.Select(b => b.InnerText).ToList());
        Assert.IsTrue(boxes.All(b => b.TableCellProperties!.TableCellWidth!.Width!.Value == "2268"));
        Assert.IsTrue(boxes.All(b => b.Elements<Paragraph>().Single().ParagraphProperties!.ParagraphStyleId!.Val!.Value == "Liten"));
        Assert.IsTrue(boxes.All(b => b.TableCellProperties!.TableCellBorders!.TopBorder!.Val!.Value == BorderValues.Single));
    }

    [TestMethod]
    public void FooterTextAndHeaderWithoutPageNumbers()
    {
        var document = new BoardDocs.Engine.Documents.Document
        {
            Info = new BoardDocs.Engine.Documents.DocumentInfo { Title = "Kallelse" },
            Header = new BoardDocs.Engine.Documents.PageHeader("Organ", "KALLELSE", null, ShowPageNumbers: false),
            Footer = new BoardDocs.Engine.Documents.PageFooter([], "Postadress: Box 1"),
        };
        var bytes = new BoardDocs.Engine.Rendering.Docx.DocxRenderer().Render(document);
        DocxPackage.AssertValid(bytes);
        using var package = DocxPackage.Open(bytes);
        var main = package.MainDocumentPart!;

        Assert.IsEmpty(main.HeaderParts.Single().Header!.Descendants<FieldCode>().ToList());
        var footer = main.FooterParts.Single().Footer!;
        Assert.IsEmpty(footer.Elements<Table>().ToList());
        Assert.AreEqual("Postadress: Box 1", footer.Elements<Paragraph>().Single().InnerText);
    }
}
