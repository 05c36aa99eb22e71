using BoardDocs.Engine.Rendering.Pdf.Fonts;
using BoardDocs.Engine.Rendering.Pdf.Styles;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>Shared services of one layout run.</summary>
/// <param name="Fonts">Fonts with cached metrics.</param>
/// <param name="Styles">Paragraph styles.</param>
/// <param name="PageBodyHeight">Height of a page's body area; keep rules never move an element that is taller.</param>
internal sealed record LayoutContext(FontSet Fonts, StyleSheet Styles, double PageBodyHeight)
{
    /// <summary>Tolerance for floating-point comparisons of heights and widths.</summary>
    public const double Epsilon = 0.01;
}
