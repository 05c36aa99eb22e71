using BoardDocs.Engine.Documents;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// The running header as a borderless three-column table: organ (bold) at the left, the document
/// kind in the middle, "n (N)" from PAGE and NUMPAGES fields at the right with the sub-line under it.
/// </summary>
internal static class HeaderWriter
{
    public static Header Build(PageHeader header, int textWidth)
    {
        var root = new Header();
        Namespaces.Declare(root);
        root.Append(Content(header, textWidth));
        return root;
    }

    /// <summary>The header table followed by the paragraph Word requires after a table.</summary>
    public static IEnumerable<OpenXmlElement> Content(PageHeader header, int textWidth)
    {
        // Organ at the left, document kind from just right of the middle, page number at the right
        // margin: the same columns as the PDF header (48 % / 37 % / 15 %).
        var widths = TableParts.Scale([48, 37, 15], 3, textWidth);
        var table = new Table(TableParts.Properties(textWidth, borders: false), TableParts.Grid(widths));

        var left = Line(header.Left, JustificationValues.Left, bold: true);
        var center = Line(header.Center, JustificationValues.Left, bold: true);
        var right = new List<OpenXmlElement>();
        if (header.ShowPageNumbers)
        {
            right.Add(PageNumber());
        }
        if (!string.IsNullOrEmpty(header.SubLine))
        {
            right.Add(Line(header.SubLine, JustificationValues.Right, bold: false));
        }

        var last = TableParts.Cell(widths[2], right);
        // The page number ends exactly at the right margin, like the body text.
        last.TableCellProperties!.TableCellMargin = new TableCellMargin { RightMargin = new RightMargin { Width = "0", Type = TableWidthUnitValues.Dxa } };
        table.Append(new TableRow(TableParts.Cell(widths[0], [left]), TableParts.Cell(widths[1], [center]), last));

        yield return table;
        yield return TinyParagraph(StyleIds.Header);
    }

    /// <summary>An empty paragraph of minimal height, so the part's obligatory last paragraph adds no visible gap.</summary>
    public static Paragraph TinyParagraph(string styleId) => new(new ParagraphProperties
    {
        ParagraphStyleId = new ParagraphStyleId { Val = styleId },
        SpacingBetweenLines = new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto },
        ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "2" }, new FontSizeComplexScript { Val = "2" }),
    });

    private static Paragraph Line(string text, JustificationValues alignment, bool bold)
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Header },
            Justification = alignment == JustificationValues.Left ? null : new Justification { Val = alignment },
        });
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        }
        run.Append(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        paragraph.Append(run);
        return paragraph;
    }

    private static Paragraph PageNumber()
    {
        var paragraph = new Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleIds.Header },
            Justification = new Justification { Val = JustificationValues.Right },
        });
        paragraph.Append(FieldRuns.Create("PAGE", "1"));
        paragraph.Append(new Run(new Text(" (") { Space = SpaceProcessingModeValues.Preserve }));
        paragraph.Append(FieldRuns.Create("NUMPAGES", "1"));
        paragraph.Append(new Run(new Text(")")));
        return paragraph;
    }
}
