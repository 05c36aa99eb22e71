using BoardDocs.Engine.Rendering.Pdf.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>One cell prepared for layout.</summary>
/// <param name="Content">The cell's blocks.</param>
/// <param name="Node">TD or TH structure element.</param>
internal sealed record CellModel(LayoutElement Content, StructNode Node);
