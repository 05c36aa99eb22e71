using BoardDocs.Engine.Rendering.Pdf.Drawing;
using PdfSharp.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>A thin horizontal line across the width.</summary>
internal sealed class RuleElement : LayoutElement
{
    const double Thickness = 0.75;
    const double Padding = 4;

    /// <inheritdoc />
    public override double SpaceAfter => 4;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
        => available + LayoutContext.Epsilon >= 2 * Padding || atTop ? LayoutResult.Fits(new RuleFragment()) : LayoutResult.Wrap;

    sealed class RuleFragment : Fragment
    {
        public override double Height => 2 * Padding;

        public override void Draw(DrawContext dc, double x, double y, double width)
            => dc.Tags.Artifact(() => dc.Gfx.DrawLine(new XPen(XColors.Black, Thickness), x, y + Padding, x + width, y + Padding));
    }
}
