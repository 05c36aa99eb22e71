using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Docx;

namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxValidationTests
{
    [TestMethod]
    public void ProtocolIsValidOpenXml()
    {
        DocxPackage.AssertValid(new DocxRenderer().Render(ProtocolFixture.Create()));
    }

    [TestMethod]
    public void EmptyDocumentIsValidOpenXml()
    {
        var document = new Document { Info = new DocumentInfo { Title = "Tomt" } };

        DocxPackage.AssertValid(new DocxRenderer().Render(document));
    }

    [TestMethod]
    public void EdgeCasesAreValidOpenXml()
    {
        var document = new Document
        {
            Info = new DocumentInfo { Title = "Kanter" },
            Header = new PageHeader("Organ", "KALLELSE", null, ShowPageNumbers: false),
            Footer = new PageFooter([], "Postadress: Box 1, 931 21 Skellefteå"),
            Blocks =
            [
                new Table { Rows = [] },
                new Table { Rows = [new TableRow { Cells = [new TableCell(), new TableCell()] }, new TableRow { Cells = [new TableCell()] }] },
                new ListBlock { Items = [[], [new ListBlock { Ordered = true, Start = 5, Items = [[new Paragraph(StyleNames.Normal, [new Inline("djup")])]] }]] },
                new SignatureBlock(null, []),
                new Paragraph("OkändStil", [new Inline("kontroll\u0001tecken\r\nrad\tflik")]) { Alignment = Alignment.Center },
                new Heading(3, StyleNames.Heading3, [new Inline("§ 1")]) { Bookmark = "§ 1" },
                new Heading(3, StyleNames.Heading3, [new Inline("§ 1")]) { Bookmark = "§ 1" },
                new BoxBlock("Tom ruta", []),
            ],
        };

        DocxPackage.AssertValid(new DocxRenderer().Render(document));
    }
}
