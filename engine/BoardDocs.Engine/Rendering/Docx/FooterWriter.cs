using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// The running footer: a right-aligned row of small bordered boxes to sign in by hand, each with its
/// label in small text at the top, and an optional line of text under them.
/// </summary>
internal static class FooterWriter
{
    private const double BoxWidthMm = 40;
    private const double BoxHeightMm = 12;
    private const double GapMm = 3;

    public static Footer Build(PageFooter footer, int textWidth)
    {
        var root = new Footer();
        Namespaces.Declare(root);
        if (footer.Boxes.Count > 0)
        {
            root.Append(Boxes(footer.Boxes, textWidth));
        }
        if (!string.IsNullOrWhiteSpace(footer.Text))
        {
            var paragraph = new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = StyleIds.Footer }),
                new Run(new Text(XmlText.Clean(footer.Text)) { Space = SpaceProcessingModeValues.Preserve }));
            if (footer.Boxes.Count > 0)
            {
                paragraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "60", After = "0" };
            }
            root.Append(paragraph);
        }
        else
        {
            root.Append(HeaderWriter.TinyParagraph(StyleIds.Footer));
        }
        return root;
    }

    private static Table Boxes(IReadOnlyList<string> labels, int textWidth)
    {
        var box = Twips.FromMm(BoxWidthMm);
        var gap = Twips.FromMm(GapMm);
        var total = labels.Count * box + (labels.Count - 1) * gap;
        if (total > textWidth)
        {
            // Many boxes shrink to fit rather than run into the margin.
            box = (textWidth - (labels.Count - 1) * gap) / labels.Count;
            total = labels.Count * box + (labels.Count - 1) * gap;
        }

        var widths = new List<int>();
        var row = new TableRow(new TableRowProperties(
            new TableRowHeight { Val = (uint)Twips.FromMm(BoxHeightMm), HeightType = HeightRuleValues.Exact },
            new CantSplit()));
        for (var i = 0; i < labels.Count; i++)
        {
            if (i > 0)
            {
                widths.Add(gap);
                row.Append(TableParts.Cell(gap, []));
            }
            widths.Add(box);
            var label = new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = StyleNames.Small }),
                new Run(new Text(XmlText.Clean(labels[i])) { Space = SpaceProcessingModeValues.Preserve }));
            var cell = TableParts.Cell(box, [label]);
            cell.TableCellProperties!.TableCellBorders = TableParts.CellBorders(BorderValues.Single, 4);
            cell.TableCellProperties.TableCellMargin = new TableCellMargin
            {
                TopMargin = new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                LeftMargin = new LeftMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
                RightMargin = new RightMargin { Width = "57", Type = TableWidthUnitValues.Dxa },
            };
            row.Append(cell);
        }

        var properties = TableParts.Properties(total, borders: false, TableRowAlignmentValues.Right);
        return new Table(properties, TableParts.Grid(widths), row);
    }
}
