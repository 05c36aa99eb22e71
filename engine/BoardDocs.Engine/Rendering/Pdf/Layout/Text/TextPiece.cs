using BoardDocs.Engine.Rendering.Pdf.Fonts;

namespace BoardDocs.Engine.Rendering.Pdf.Layout.Text;

/// <summary>A measured piece of a paragraph.</summary>
/// <param name="Kind">Word, space, tab or break.</param>
/// <param name="Text">The characters (empty for tabs and breaks).</param>
/// <param name="Font">Font of the piece.</param>
/// <param name="Width">Advance width in points.</param>
/// <param name="BreakAfter">A line may end after this word even without a space (after a hyphen).</param>
/// <param name="Url">Hyperlink target, or null.</param>
internal readonly record struct TextPiece(PieceKind Kind, string Text, TextFont Font, double Width, bool BreakAfter = false, string? Url = null);
