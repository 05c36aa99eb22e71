using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Docx;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxStyleTests
{
    [TestMethod]
    public void EveryModelStyleExists()
    {
        using var rendered = new RenderedProtocol();

        string[] ids = ["Normal", "Heading1", "Heading2", "Heading3", "Titel", "Paragraf", "AttSats", "Beslutsformel", "Liten", "Faltetikett", "Listparagraf"];
        foreach (var id in ids)
        {
            Assert.AreEqual(StyleValues.Paragraph, rendered.Style(id).Type!.Value, id);
        }
        Assert.IsTrue(rendered.Style("Normal").Default!.Value);
    }

    [TestMethod]
    public void HeadingsAreWordsBuiltInHeadingsWithOutlineLevels()
    {
        using var rendered = new RenderedProtocol();

        for (var level = 1; level <= 3; level++)
        {
            var style = rendered.Style("Heading" + level);
            Assert.AreEqual("heading " + level, style.StyleName!.Val!.Value);
            Assert.AreEqual(level - 1, style.StyleParagraphProperties!.OutlineLevel!.Val!.Value);
            Assert.AreEqual("Arial", style.StyleRunProperties!.RunFonts!.Ascii!.Value);
        }
        Assert.IsNotEmpty(rendered.ParagraphsInStyle("Heading2").ToList(), "Rubrik2 ska skrivas med Words Heading2.");
        Assert.IsEmpty(rendered.ParagraphsInStyle(StyleNames.Heading2).ToList());
    }

    [TestMethod]
    public void StylesAreSwedish()
    {
        using var rendered = new RenderedProtocol();

        var defaults = rendered.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.AreEqual("sv-SE", defaults.Languages!.Val!.Value);
        foreach (var style in rendered.Styles.Elements<Style>().Where(s => s.Type!.Value == StyleValues.Paragraph))
        {
            Assert.AreEqual("sv-SE", style.StyleRunProperties?.Languages?.Val?.Value, style.StyleId!.Value);
        }
        Assert.AreEqual("Att-sats", rendered.Style("AttSats").StyleName!.Val!.Value);
        Assert.AreEqual("Fältetikett", rendered.Style("Faltetikett").StyleName!.Val!.Value);
    }

    [TestMethod]
    public void FontsAndSpacingComeFromThePageSetup()
    {
        using var rendered = new RenderedProtocol();

        var defaults = rendered.Styles.DocDefaults!;
        Assert.AreEqual("Times New Roman", defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value);
        Assert.AreEqual("24", defaults.RunPropertiesDefault.RunPropertiesBaseStyle.FontSize!.Val!.Value);
        Assert.AreEqual("120", defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!.After!.Value);
    }

    [TestMethod]
    public void CustomPageSetupChangesFonts()
    {
        var setup = PageSetup.A4 with { BodyFont = "Georgia", HeadingFont = "Verdana", BodySizePt = 11, ParagraphSpacingPt = 6 };
        var bytes = new DocxRenderer(new DocxOptions { PageSetup = setup }).Render(ProtocolFixture.Create());

        using var package = DocxPackage.Open(bytes);
        var styles = package.MainDocumentPart!.StyleDefinitionsPart!.Styles!;
        var defaults = styles.DocDefaults!;
        Assert.AreEqual("Georgia", defaults.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.Ascii!.Value);
        Assert.AreEqual("22", defaults.RunPropertiesDefault.RunPropertiesBaseStyle.FontSize!.Val!.Value);
        Assert.AreEqual("120", defaults.ParagraphPropertiesDefault!.ParagraphPropertiesBaseStyle!.SpacingBetweenLines!.After!.Value);
        var heading = styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.AreEqual("Verdana", heading.StyleRunProperties!.RunFonts!.Ascii!.Value);
        DocxPackage.AssertValid(bytes);
    }

    [TestMethod]
    public void ParagrafIsBoldAndKeepsWithNext()
    {
        using var rendered = new RenderedProtocol();

        var style = rendered.Style("Paragraf");
        Assert.AreEqual("Paragraf", style.StyleName!.Val!.Value);
        Assert.IsNotNull(style.StyleRunProperties!.Bold);
        Assert.IsNotNull(style.StyleParagraphProperties!.KeepNext);
    }

    [TestMethod]
    public void AttSatsHasHangingIndentWithTabStop()
    {
        using var rendered = new RenderedProtocol();

        var indent = (12 * 1440 / 25.4).ToString("0");
        var properties = rendered.Style("AttSats").StyleParagraphProperties!;
        Assert.AreEqual(indent, properties.Indentation!.Left!.Value);
        Assert.AreEqual(indent, properties.Indentation.Hanging!.Value);
        var tab = properties.Tabs!.Elements<TabStop>().Single();
        Assert.AreEqual(int.Parse(indent), tab.Position!.Value);

        var att = rendered.ParagraphWithText(ProtocolFixture.AttText);
        Assert.AreEqual("AttSats", att.ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var firstRun = att.Elements<Run>().First();
        Assert.AreEqual("att", firstRun.InnerText);
        Assert.IsNotNull(att.Elements<Run>().ElementAt(1).GetFirstChild<TabChar>());
    }
}
