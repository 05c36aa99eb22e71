using BoardDocs.Engine.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Writes a framed box (BEVIS OM ANSLAG) as a bordered one-cell table with the bold title first.</summary>
internal sealed class BoxWriter
{
    private const int Padding = 113;
    private readonly BlockWriter writer;

    public BoxWriter(BlockWriter writer) => this.writer = writer;

    public W.Table Write(BoxBlock box, BlockScope scope)
    {
        var properties = TableParts.Properties(scope.Width, borders: true, borderSize: 8);
        properties.TableCellMarginDefault = new W.TableCellMarginDefault
        {
            TopMargin = new W.TopMargin { Width = Twips.Str(Padding), Type = W.TableWidthUnitValues.Dxa },
            TableCellLeftMargin = new W.TableCellLeftMargin { Width = Padding, Type = W.TableWidthValues.Dxa },
            BottomMargin = new W.BottomMargin { Width = Twips.Str(Padding), Type = W.TableWidthUnitValues.Dxa },
            TableCellRightMargin = new W.TableCellRightMargin { Width = Padding, Type = W.TableWidthValues.Dxa },
        };

        var title = writer.WriteParagraph(StyleNames.Normal, [new Inline(box.Title, Bold: true)]);
        KeepRules.Properties(title).KeepNext = new W.KeepNext();
        var content = writer.Write(box.Blocks, scope with { Width = Math.Max(scope.Width - 2 * Padding, 1) });
        var cell = TableParts.Cell(scope.Width, content.Prepend(title));
        TableParts.TrimCellEnd(cell);

        return new W.Table(properties, TableParts.Grid([scope.Width]), new W.TableRow(cell));
    }
}
