using BoardDocs.Engine.Rendering.Pdf.Drawing;
using PdfSharp.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>
/// A table from a given row on. Splits between rows and repeats the header rows on
/// each new page; a row taller than a page is split inside its cells.
/// </summary>
internal sealed class TableElement : LayoutElement
{
    static readonly XColor HeaderShade = XColor.FromArgb(235, 235, 235);

    readonly TableModel _model;
    readonly int _next;
    readonly LayoutElement?[]? _splitCells;
    readonly bool _continued;

    /// <summary>The whole table.</summary>
    public TableElement(TableModel model) : this(model, 0, null, false) { }

    TableElement(TableModel model, int next, LayoutElement?[]? splitCells, bool continued)
    {
        _model = model;
        _next = next;
        _splitCells = splitCells;
        _continued = continued;
    }

    /// <inheritdoc />
    public override double SpaceAfter => _model.SpaceAfter;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
    {
        var columns = _model.Columns(width);
        var placed = new List<RowFragment>();
        double y = 0;
        if (_continued)
        {
            for (int h = 0; h < _model.HeaderCount; h++)
            {
                var header = LayoutRow(ctx, columns, _model.Rows[h], null, double.PositiveInfinity, true);
                placed.Add(header.Fragment! with { Y = y, Repeated = true });
                y += header.Fragment!.Height;
            }
        }

        int bodyPlaced = 0;
        var split = _splitCells;
        for (int i = _next; i < _model.Rows.Count; i++)
        {
            var row = _model.Rows[i];
            bool rowAtTop = atTop && bodyPlaced == 0;
            var result = LayoutRow(ctx, columns, row, split, available - y, rowAtTop);
            split = null;
            if (result.Remainder is null && result.Fragment is { } whole)
            {
                placed.Add(whole with { Y = y });
                y += whole.Height;
                if (i >= _model.HeaderCount)
                    bodyPlaced++;
                continue;
            }
            if (result.Fragment is { } part)
            {
                // Only a row at the top of a page is split inside; it could not fit anywhere whole.
                placed.Add(part with { Y = y });
                y += part.Height;
                return LayoutResult.Partial(new TableFragment(_model, placed, y), new TableElement(_model, i, result.Remainder, true));
            }
            // Header rows alone at the bottom of a page are worthless: move the table.
            if (bodyPlaced == 0)
                return LayoutResult.Wrap;
            return LayoutResult.Partial(new TableFragment(_model, placed, y), new TableElement(_model, i, null, true));
        }
        return LayoutResult.Fits(new TableFragment(_model, placed, y));
    }

    /// <inheritdoc />
    public override double LeadHeight(LayoutContext ctx, double width)
    {
        var columns = _model.Columns(width);
        double RowHeight(int i) => LayoutRow(ctx, columns, _model.Rows[i], null, double.PositiveInfinity, true).Fragment!.Height;
        double height = 0;
        int first = _next;
        if (_continued)
        {
            for (int h = 0; h < _model.HeaderCount; h++)
                height += RowHeight(h);
        }
        else
        {
            for (; first < _model.HeaderCount; first++)
                height += RowHeight(first);
        }
        if (first < _model.Rows.Count)
            height += RowHeight(first);
        return height;
    }

    /// <summary>
    /// Lays out one row. Whole row: fragment, no remainder. Split row (only when <paramref name="atTop"/>):
    /// fragment and the cells' remainders. Nothing fits: neither.
    /// </summary>
    (RowFragment? Fragment, LayoutElement?[]? Remainder) LayoutRow(LayoutContext ctx, (double X, double Width)[] columns,
        RowModel row, LayoutElement?[]? cellsOverride, double available, bool atTop)
    {
        double padding = _model.TopPadding + _model.BottomPadding;
        double room = available - padding;
        var cells = new CellFragment[row.Cells.Count];
        var remainders = new LayoutElement?[row.Cells.Count];
        bool allFit = true;
        double content = _model.MinContentHeight;
        for (int c = 0; c < row.Cells.Count && c < columns.Length; c++)
        {
            var cell = row.Cells[c];
            var element = cellsOverride is null ? cell.Content : cellsOverride[c];
            var box = _model.ContentBox(columns[c], c);
            if (element is null)
            {
                cells[c] = new CellFragment(null, cell.Node, columns[c].X, columns[c].Width, box.Inset, box.Width);
                continue;
            }
            var result = element.Layout(ctx, box.Width, Math.Max(0, room), atTop);
            cells[c] = new CellFragment(result.Fragment, cell.Node, columns[c].X, columns[c].Width, box.Inset, box.Width);
            switch (result.Status)
            {
                case LayoutStatus.Fits:
                    content = Math.Max(content, result.Height);
                    break;
                case LayoutStatus.Partial:
                    allFit = false;
                    content = Math.Max(content, result.Height);
                    remainders[c] = result.Remainder;
                    break;
                default:
                    allFit = false;
                    remainders[c] = element;
                    break;
            }
        }
        if (allFit)
        {
            // Align the first baselines of the cells ("Plats och tid" in small sans beside 12 pt serif).
            double baseline = cells.Max(c => c?.Content?.FirstBaseline ?? 0);
            for (int c = 0; c < cells.Length; c++)
            {
                if (cells[c]?.Content is { FirstBaseline: { } first } fragment)
                {
                    cells[c] = cells[c] with { Shift = baseline - first };
                    content = Math.Max(content, fragment.Height + baseline - first);
                }
            }
        }
        double height = content + padding;
        if (allFit && height <= available + LayoutContext.Epsilon)
            return (new RowFragment(cells, row.IsHeader, height), null);
        if (!atTop)
            return (null, null);
        return (new RowFragment(cells, row.IsHeader, height), remainders);
    }

    /// <summary>A cell's content on one page.</summary>
    sealed record CellFragment(Fragment? Content, StructNode Node, double X, double Width, double Inset, double ContentWidth)
    {
        /// <summary>Extra space above the content so that first baselines line up across the row.</summary>
        public double Shift { get; init; }
    }

    /// <summary>A row (or the part of a row) on one page.</summary>
    sealed record RowFragment(CellFragment[] Cells, bool IsHeader, double Height)
    {
        public double Y { get; init; }
        public bool Repeated { get; init; }
    }

    sealed class TableFragment(TableModel model, List<RowFragment> rows, double height) : Fragment
    {
        public override double Height => height;

        public override double? FirstBaseline
            => rows.Count > 0 && rows[0].Cells.FirstOrDefault(c => c?.Content?.FirstBaseline is not null) is { } cell
                ? model.TopPadding + cell.Shift + cell.Content!.FirstBaseline : null;

        public override void Draw(DrawContext dc, double x, double y, double width)
        {
            var gfx = dc.Gfx;
            if (model.Borders)
            {
                dc.Tags.Artifact(() =>
                {
                    foreach (var row in rows.Where(r => r.IsHeader))
                        gfx.DrawRectangle(new XSolidBrush(HeaderShade), x, y + row.Y, width, row.Height);
                });
            }
            foreach (var row in rows)
            {
                if (row.Repeated)
                    dc.Tags.Artifact(() => DrawCells(dc, row, x, y));
                else
                    DrawCells(dc, row, x, y);
            }
            if (model.Borders)
            {
                var pen = new XPen(XColors.Black, 0.5);
                dc.Tags.Artifact(() =>
                {
                    foreach (var row in rows)
                        foreach (var cell in row.Cells)
                            if (cell is not null)
                                gfx.DrawRectangle(pen, x + cell.X, y + row.Y, cell.Width, row.Height);
                });
            }
        }

        void DrawCells(DrawContext dc, RowFragment row, double x, double y)
        {
            foreach (var cell in row.Cells)
            {
                if (cell is null)
                    continue;
                // Enter the cell even when empty so that every row has all its TD/TH elements.
                dc.Tags.Enter(cell.Node);
                cell.Content?.Draw(dc, x + cell.X + cell.Inset, y + row.Y + model.TopPadding + cell.Shift, cell.ContentWidth);
            }
        }
    }
}
