namespace BoardDocs.Engine.Documents;

/// <summary>
/// A table. Rows with <see cref="TableRow.IsHeader"/> repeat at the top of every page the table
/// continues on. Borderless tables are used for layout (field rows on the protocol's first page).
/// </summary>
public sealed class Table : Block
{
    /// <summary>Relative column widths (any unit; renderers scale them to the text width).</summary>
    public List<double> ColumnWidths { get; init; } = new();

    /// <summary>The rows.</summary>
    public List<TableRow> Rows { get; init; } = new();

    /// <summary>Draw cell borders (false for layout tables).</summary>
    public bool Borders { get; init; } = true;
}

/// <summary>A table row.</summary>
public sealed class TableRow
{
    /// <summary>Header row: bold, repeated on each page.</summary>
    public bool IsHeader { get; init; }

    /// <summary>The cells, one per column.</summary>
    public List<TableCell> Cells { get; init; } = new();
}

/// <summary>A table cell holding blocks (paragraphs, lists).</summary>
public sealed class TableCell
{
    /// <summary>Cell content.</summary>
    public List<Block> Blocks { get; init; } = new();

    /// <summary>Alignment of the cell's paragraphs.</summary>
    public Alignment Alignment { get; init; }
}
