using BoardDocs.Engine.Rendering.Pdf.Fonts;

namespace BoardDocs.Engine.Rendering.Pdf.Layout.Text;

/// <summary>Text drawn with one font starting at <see cref="X"/> on a line.</summary>
/// <param name="Text">The characters, spaces included.</param>
/// <param name="Font">The font.</param>
/// <param name="X">Start, from the paragraph's left edge.</param>
/// <param name="Width">Advance width.</param>
/// <param name="Url">Hyperlink target, or null.</param>
internal sealed record GlyphRun(string Text, TextFont Font, double X, double Width, string? Url);
