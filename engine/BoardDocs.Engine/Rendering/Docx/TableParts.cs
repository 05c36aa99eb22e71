using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Building blocks shared by every table we write (content tables, signatures, boxes, header, footer).</summary>
internal static class TableParts
{
    /// <summary>Default left/right cell margin of bordered tables (Word's own default).</summary>
    public const int CellMargin = 108;

    /// <summary>Gap to the right of each cell in borderless layout tables.</summary>
    public const int LayoutGap = 113;

    /// <summary>Scales relative widths to <paramref name="total"/> twips; the parts add up exactly.</summary>
    public static int[] Scale(IReadOnlyList<double> weights, int columns, int total)
    {
        columns = Math.Max(columns, 1);
        var usable = weights.Count == columns && weights.All(w => w > 0 && double.IsFinite(w))
            ? weights.ToArray()
            : Enumerable.Repeat(1.0, columns).ToArray();
        var sum = usable.Sum();
        var widths = new int[columns];
        var assigned = 0;
        var running = 0.0;
        for (var i = 0; i < columns; i++)
        {
            // Cumulative rounding keeps the total exact without favouring any column.
            running += usable[i];
            var end = (int)Math.Round(total * running / sum, MidpointRounding.AwayFromZero);
            widths[i] = end - assigned;
            assigned = end;
        }
        return widths;
    }

    /// <summary>
    /// Table properties: fixed layout at <paramref name="width"/>. Bordered tables get single
    /// ½ pt lines; layout tables get explicit no-borders (a reference's default table style
    /// might otherwise draw some) and no left cell margin, so their text lines up with the body text.
    /// </summary>
    public static TableProperties Properties(int width, bool borders, TableRowAlignmentValues? alignment = null, uint borderSize = 4)
    {
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips.Str(width), Type = TableWidthUnitValues.Dxa },
            TableBorders = borders ? Borders(BorderValues.Single, borderSize) : Borders(BorderValues.Nil, 0),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = borders ? Margins(CellMargin, CellMargin, 40) : Margins(0, LayoutGap, 0),
        };
        if (alignment is not null)
        {
            properties.TableJustification = new TableJustification { Val = alignment };
        }
        return properties;
    }

    public static TableGrid Grid(IEnumerable<int> widths) =>
        new(widths.Select(w => new GridColumn { Width = Twips.Str(w) }));

    /// <summary>A cell of <paramref name="width"/>; Word requires at least one paragraph, so an empty one is added when needed.</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips.Str(width), Type = TableWidthUnitValues.Dxa }));
        cell.Append(content);
        if (cell.LastChild is not Paragraph)
        {
            cell.Append(new Paragraph());
        }
        return cell;
    }

    /// <summary>Removes the space after the last paragraph of a cell, which would only pad the bottom of the cell.</summary>
    public static void TrimCellEnd(TableCell cell)
    {
        if (cell.LastChild is Paragraph last)
        {
            KeepRules.Properties(last).SpacingBetweenLines = new SpacingBetweenLines { After = "0" };
        }
    }

    public static TableCellBorders CellBorders(BorderValues value, uint size) => new(
        new TopBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new LeftBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new BottomBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new RightBorder { Val = value, Size = size, Space = 0, Color = "auto" });

    private static TableBorders Borders(BorderValues value, uint size) => new(
        new TopBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new LeftBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new BottomBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new RightBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new InsideHorizontalBorder { Val = value, Size = size, Space = 0, Color = "auto" },
        new InsideVerticalBorder { Val = value, Size = size, Space = 0, Color = "auto" });

    private static TableCellMarginDefault Margins(int left, int right, int vertical) => new()
    {
        TopMargin = new TopMargin { Width = Twips.Str(vertical), Type = TableWidthUnitValues.Dxa },
        TableCellLeftMargin = new TableCellLeftMargin { Width = (short)left, Type = TableWidthValues.Dxa },
        BottomMargin = new BottomMargin { Width = Twips.Str(vertical), Type = TableWidthUnitValues.Dxa },
        TableCellRightMargin = new TableCellRightMargin { Width = (short)right, Type = TableWidthValues.Dxa },
    };
}
