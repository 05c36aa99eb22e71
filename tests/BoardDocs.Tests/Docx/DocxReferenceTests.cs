using BoardDocs.Engine.Rendering.Docx;
using Blip = DocumentFormat.OpenXml.Drawing.Blip;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxReferenceTests
{
    private DirectoryInfo directory = null!;

    [TestInitialize]
    public void CreateDirectory() => directory = Directory.CreateTempSubdirectory("docx-ref-");

    [TestCleanup]
    public void DeleteDirectory() => directory.Delete(recursive: true);

    [TestMethod]
    public void ReferenceStylesReplaceOursAndOursFillTheGaps()
    {
        using var rendered = Render(ReferenceDocx.Create(Path("mall.docx")));

        var normal = rendered.Style("Normal");
        Assert.AreEqual(ReferenceDocx.Font, normal.StyleRunProperties!.RunFonts!.Ascii!.Value);
        Assert.AreEqual(ReferenceDocx.HeadingColor, rendered.Style("Heading2").StyleRunProperties!.Color!.Val!.Value);
        Assert.AreEqual(ReferenceDocx.Font, rendered.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value);
        foreach (var ours in new[] { "Paragraf", "AttSats", "Heading1", "Liten", "Header" })
        {
            Assert.IsNotNull(rendered.Style(ours));
        }
        Assert.AreEqual(1, rendered.Styles.Elements<Style>().Count(s => s.Default?.Value == true && s.Type!.Value == StyleValues.Paragraph));
        DocxPackage.AssertValid(rendered.Bytes);
    }

    [TestMethod]
    public void ReferencePageSizeAndMarginsAreUsed()
    {
        using var rendered = Render(ReferenceDocx.Create(Path("mall.docx")));

        var section = rendered.Body.Elements<SectionProperties>().Single();
        Assert.AreEqual(ReferenceDocx.PageWidth, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.AreEqual(ReferenceDocx.PageHeight, section.GetFirstChild<PageSize>()!.Height!.Value);
        Assert.AreEqual(ReferenceDocx.SideMargin, section.GetFirstChild<PageMargin>()!.Left!.Value);
        var grid = rendered.TableWithText("Budget (tkr)").GetFirstChild<TableGrid>()!;
        var width = grid.Elements<GridColumn>().Sum(c => int.Parse(c.Width!.Value!));
        Assert.AreEqual((int)(ReferenceDocx.PageWidth - 2 * ReferenceDocx.SideMargin), width, "Tabeller ska skalas till referensens textbredd.");
    }

    [TestMethod]
    public void ReferenceHeaderWithLogoIsCopiedAndGetsOurPageNumbers()
    {
        using var rendered = Render(ReferenceDocx.Create(Path("mall.docx")));

        var header = rendered.Main.HeaderParts.Single();
        var blip = header.Header!.Descendants<Blip>().Single();
        var image = (ImagePart)header.GetPartById(blip.Embed!.Value!);
        using (var stream = image.GetStream())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            CollectionAssert.AreEqual(ReferenceDocx.Logo, copy.ToArray());
        }
        // The reference header shows no page number, so ours is added under the logo.
        var instructions = header.Header.Descendants<FieldCode>().Select(f => f.Text.Trim()).ToList();
        CollectionAssert.AreEqual(new[] { "PAGE", "NUMPAGES" }, instructions);
        StringAssert.Contains(header.Header.InnerText, ProtocolFixture.Organ);
        DocxPackage.AssertValid(rendered.Bytes);
    }

    [TestMethod]
    public void ReferenceHeaderWithPageNumberIsUsedAsItIs()
    {
        using var rendered = Render(ReferenceDocx.Create(Path("mall.docx"), headerHasPageField: true));

        var header = rendered.Main.HeaderParts.Single().Header!;
        Assert.IsEmpty(header.Descendants<Table>().ToList());
        Assert.IsFalse(header.InnerText.Contains(ProtocolFixture.Organ, StringComparison.Ordinal));
        Assert.AreEqual(1, header.Descendants<Blip>().Count());
        DocxPackage.AssertValid(rendered.Bytes);
    }

    [TestMethod]
    public void LocalizedStyleIdsOfTheReferenceAreFollowed()
    {
        using var rendered = Render(ReferenceDocx.Create(Path("mall.docx"), heading2Id: "Rubrik2"));

        Assert.IsNotEmpty(rendered.ParagraphsInStyle("Rubrik2").ToList());
        Assert.IsEmpty(rendered.ParagraphsInStyle("Heading2").ToList());
        Assert.IsFalse(rendered.Styles.Elements<Style>().Any(s => s.StyleId?.Value == "Heading2"));
        DocxPackage.AssertValid(rendered.Bytes);
    }

    [TestMethod]
    public void ReferenceNumberingIsKeptBesideOurLists()
    {
        using var rendered = Render(ReferenceDocx.Create(Path("mall.docx"), numberedHeadings: true));

        var numbering = rendered.Main.NumberingDefinitionsPart!.Numbering!;
        var theirs = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == 1);
        Assert.AreEqual(0, theirs.AbstractNumId!.Val!.Value);
        var listIds = rendered.Body.Descendants<NumberingId>().Select(n => n.Val!.Value).ToList();
        Assert.IsNotEmpty(listIds);
        Assert.IsTrue(listIds.All(id => id > 1), "Våra listor får inte återanvända referensens numrering.");
        DocxPackage.AssertValid(rendered.Bytes);
    }

    [TestMethod]
    public void OutputWithReferenceIsDeterministic()
    {
        var options = new DocxOptions { ReferenceDocxPath = ReferenceDocx.Create(Path("mall.docx")) };

        var first = new DocxRenderer(options).Render(ProtocolFixture.Create());
        var second = new DocxRenderer(options).Render(ProtocolFixture.Create());

        CollectionAssert.AreEqual(first, second);
    }

    [TestMethod]
    public void MissingReferenceGivesASwedishError()
    {
        var options = new DocxOptions { ReferenceDocxPath = Path("saknas.docx") };

        var error = Assert.ThrowsExactly<DocxReferenceException>(() => new DocxRenderer(options).Render(ProtocolFixture.Create()));

        StringAssert.StartsWith(error.Message, $"Referensdokumentet '{options.ReferenceDocxPath}' kunde inte läsas: ");
        StringAssert.Contains(error.Message, "finns inte");
    }

    [TestMethod]
    public void UnreadableReferenceGivesASwedishError()
    {
        var path = Path("trasig.docx");
        File.WriteAllText(path, "det här är ingen docx");
        var options = new DocxOptions { ReferenceDocxPath = path };

        var error = Assert.ThrowsExactly<DocxReferenceException>(() => new DocxRenderer(options).Render(ProtocolFixture.Create()));

        StringAssert.StartsWith(error.Message, "Referensdokumentet 'trasig.docx' kunde inte läsas: ".Replace("trasig.docx", path));
        Assert.IsNotNull(error.InnerException);
    }

    private string Path(string name) => System.IO.Path.Combine(directory.FullName, name);

    private static RenderedProtocol Render(string referencePath) => new(new DocxOptions { ReferenceDocxPath = referencePath });
}
