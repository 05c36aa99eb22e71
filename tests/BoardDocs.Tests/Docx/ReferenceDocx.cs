using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Docx;

/// <summary>Writes an organisation's reference .docx the way Word would: own fonts, page size, a header with a logo.</summary>
internal static class ReferenceDocx
{
    public const string Font = "Garamond";
    public const string HeadingColor = "1F4E79";
    public const uint PageWidth = 12240;
    public const uint PageHeight = 15840;
    public const uint SideMargin = 1800;

    /// <summary>A 1×1 PNG.</summary>
    public static readonly byte[] Logo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <param name="path">Where to write the file.</param>
    /// <param name="heading2Id">The style id of "heading 2" (older Swedish Word saves "Rubrik2").</param>
    /// <param name="headerHasPageField">Put a PAGE field in the reference header.</param>
    /// <param name="numberedHeadings">Give "heading 2" a numbering of the reference's own.</param>
    public static string Create(string path, string heading2Id = "Heading2", bool headerHasPageField = false, bool numberedHeadings = false)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();

        var header = main.AddNewPart<HeaderPart>("rIdRefHeader");
        var image = header.AddImagePart(ImagePartType.Png, "rIdLogo");
        using (var stream = new MemoryStream(Logo))
        {
            image.FeedData(stream);
        }
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(HeaderXml(headerHasPageField))))
        {
            header.FeedData(stream);
        }

        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(heading2Id, numberedHeadings);
        if (numberedHeadings)
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(
                    new StartNumberingValue { Val = 1 },
                    new NumberingFormat { Val = NumberFormatValues.UpperRoman },
                    new LevelText { Val = "%1." }) { LevelIndex = 0 }) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
        }

        main.Document = new Document(new Body(
            new Paragraph(new Run(new Text("Mall"))),
            new SectionProperties(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdRefHeader" },
                new PageSize { Width = PageWidth, Height = PageHeight },
                new PageMargin { Top = 1440, Right = SideMargin, Bottom = 1440, Left = SideMargin, Header = 720, Footer = 720, Gutter = 0 })));
        return path;
    }

    private static Styles Styles(string heading2Id, bool numbered)
    {
        var headingProperties = new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 });
        if (numbered)
        {
            headingProperties = new StyleParagraphProperties(
                new KeepNext(),
                new NumberingProperties(new NumberingId { Val = 1 }),
                new OutlineLevel { Val = 1 });
        }
        return new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font },
                new Languages { Val = "sv-SE" }))),
            new Style(
                new StyleName { Val = "Normal" },
                new PrimaryStyle(),
                new StyleRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font }, new FontSize { Val = "22" }))
            { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 2" },
                new BasedOn { Val = "Normal" },
                new NextParagraphStyle { Val = "Normal" },
                new PrimaryStyle(),
                headingProperties,
                new StyleRunProperties(new Bold(), new Color { Val = HeadingColor }, new FontSize { Val = "28" }))
            { Type = StyleValues.Paragraph, StyleId = heading2Id });
    }

    private static string HeaderXml(bool pageField)
    {
        var field = pageField
            ? """<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">Sida </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>"""
            : "";
        return $$"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
                   xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
                   xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
                   xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
                   xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">
              <w:p><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">
                <wp:extent cx="720000" cy="360000"/>
                <wp:docPr id="1" name="Logotyp"/>
                <a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
                  <pic:pic>
                    <pic:nvPicPr><pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr>
                    <pic:blipFill><a:blip r:embed="rIdLogo"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
                    <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="720000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
                  </pic:pic>
                </a:graphicData></a:graphic>
              </wp:inline></w:drawing></w:r></w:p>
              {{field}}
            </w:hdr>
            """;
    }
}
