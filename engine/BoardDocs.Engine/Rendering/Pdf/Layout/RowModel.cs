namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>One row prepared for layout.</summary>
/// <param name="Cells">One per column.</param>
/// <param name="IsHeader">Repeated at the top of each page the table continues on.</param>
internal sealed record RowModel(IReadOnlyList<CellModel> Cells, bool IsHeader);
