using BoardDocs.Engine.Documents;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Writes a model table as a real Word table: relative widths scaled to the available width,
/// header rows marked to repeat on every page, rows free to break across pages.
/// </summary>
internal sealed class TableWriter
{
    private readonly BlockWriter writer;

    public TableWriter(BlockWriter writer) => this.writer = writer;

    public W.Table Write(Table table, BlockScope scope)
    {
        var columns = Math.Max(table.ColumnWidths.Count, table.Rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        columns = Math.Max(columns, 1);
        var widths = TableParts.Scale(table.ColumnWidths, columns, scope.Width);
        var margins = table.Borders ? 2 * TableParts.CellMargin : TableParts.LayoutGap;

        var result = new W.Table(TableParts.Properties(scope.Width, table.Borders), TableParts.Grid(widths));
        foreach (var row in table.Rows)
        {
            var tableRow = new W.TableRow();
            if (row.IsHeader)
            {
                tableRow.TableRowProperties = new W.TableRowProperties(new W.TableHeader());
            }
            for (var c = 0; c < columns; c++)
            {
                // Short rows are padded so that every row matches the grid.
                var cell = c < row.Cells.Count ? row.Cells[c] : new TableCell();
                var cellScope = new BlockScope(Math.Max(widths[c] - margins, 1), cell.Alignment, row.IsHeader || scope.Bold);
                var tableCell = TableParts.Cell(widths[c], writer.Write(cell.Blocks, cellScope));
                if (table.Borders)
                {
                    TableParts.TrimCellEnd(tableCell);
                }
                tableRow.Append(tableCell);
            }
            result.Append(tableRow);
        }
        if (table.Rows.Count == 0)
        {
            // A table without rows is invalid WordprocessingML.
            result.Append(new W.TableRow(TableParts.Cell(widths[0], [])));
            for (var c = 1; c < columns; c++)
            {
                result.Elements<W.TableRow>().First().Append(TableParts.Cell(widths[c], []));
            }
        }
        return result;
    }
}
