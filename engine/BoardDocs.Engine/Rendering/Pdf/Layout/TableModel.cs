namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>The parts of a table shared by the element and its continuations.</summary>
internal sealed class TableModel
{
    /// <summary>Creates the model.</summary>
    public TableModel(IReadOnlyList<RowModel> rows, IReadOnlyList<double> relativeWidths, bool borders, double minContentHeight, double spaceAfter)
    {
        Rows = rows;
        Borders = borders;
        MinContentHeight = minContentHeight;
        SpaceAfter = spaceAfter;
        int columns = Math.Max(relativeWidths.Count, rows.Count == 0 ? 0 : rows.Max(r => r.Cells.Count));
        var positive = relativeWidths.Where(w => w > 0).ToList();
        double fallback = positive.Count > 0 ? positive.Average() : 1;
        RelativeWidths = Enumerable.Range(0, columns)
            .Select(i => i < relativeWidths.Count && relativeWidths[i] > 0 ? relativeWidths[i] : fallback).ToArray();
        // Only leading header rows repeat; a header row further down is just a bold row.
        HeaderCount = rows.TakeWhile(r => r.IsHeader).Count();
        if (HeaderCount == rows.Count)
            HeaderCount = 0;
        HorizontalPadding = CellPadding;
        TopPadding = borders ? Units.Mm(1) : 0;
        // Borderless layout tables (the protocol's field rows) separate rows by white space instead of lines.
        BottomPadding = borders ? Units.Mm(1) : 6;
    }

    /// <summary>Left and right padding inside cells.</summary>
    public static readonly double CellPadding = Units.Mm(1.5);

    /// <summary>The rows.</summary>
    public IReadOnlyList<RowModel> Rows { get; }

    /// <summary>Relative column widths, one per column.</summary>
    public IReadOnlyList<double> RelativeWidths { get; }

    /// <summary>Draw cell borders.</summary>
    public bool Borders { get; }

    /// <summary>Number of leading header rows that repeat on each page.</summary>
    public int HeaderCount { get; }

    /// <summary>Least content height of a row (an empty cell still holds an empty line).</summary>
    public double MinContentHeight { get; }

    /// <summary>Space below the table.</summary>
    public double SpaceAfter { get; }

    /// <summary>Left and right cell padding (none at the outer edges of borderless tables).</summary>
    public double HorizontalPadding { get; }

    /// <summary>Cell padding above the content.</summary>
    public double TopPadding { get; }

    /// <summary>Cell padding below the content.</summary>
    public double BottomPadding { get; }

    /// <summary>Left edges and widths of the columns for a table <paramref name="width"/> points wide.</summary>
    public (double X, double Width)[] Columns(double width)
    {
        double total = RelativeWidths.Sum();
        var columns = new (double, double)[RelativeWidths.Count];
        double x = 0;
        for (int i = 0; i < columns.Length; i++)
        {
            double w = width * RelativeWidths[i] / total;
            columns[i] = (x, w);
            x += w;
        }
        return columns;
    }

    /// <summary>Cell content box inside column <paramref name="index"/>: left inset and width.</summary>
    public (double Inset, double Width) ContentBox((double X, double Width) column, int index)
    {
        double left = !Borders && index == 0 ? 0 : HorizontalPadding;
        double right = !Borders && index == RelativeWidths.Count - 1 ? 0 : HorizontalPadding;
        return (left, Math.Max(1, column.Width - left - right));
    }
}
