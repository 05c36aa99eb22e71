using BoardDocs.Engine.Rendering.Pdf.Drawing;
using PdfSharp.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>A framed box around a stack (title paragraph first), e.g. BEVIS OM ANSLAG.</summary>
internal sealed class BoxElement : LayoutElement
{
    static readonly double Padding = Units.Mm(3);
    const double FrameWidth = 0.75;

    readonly LayoutElement _content;
    readonly bool _keepTogether;
    readonly double _spaceAfter;

    /// <summary>Creates the box.</summary>
    public BoxElement(LayoutElement content, bool keepTogether, double spaceAfter)
    {
        _content = content;
        _keepTogether = keepTogether;
        _spaceAfter = spaceAfter;
    }

    /// <inheritdoc />
    public override double SpaceBefore => 6;

    /// <inheritdoc />
    public override double SpaceAfter => _spaceAfter;

    /// <inheritdoc />
    public override bool KeepTogether => _keepTogether;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
    {
        double inner = available - 2 * Padding;
        if (inner <= 0 && !atTop)
            return LayoutResult.Wrap;
        var result = _content.Layout(ctx, width - 2 * Padding, Math.Max(inner, 0), atTop);
        return result.Status switch
        {
            LayoutStatus.Fits => LayoutResult.Fits(new BoxFragment(result.Fragment!)),
            LayoutStatus.Partial => LayoutResult.Partial(new BoxFragment(result.Fragment!),
                new BoxElement(result.Remainder!, false, _spaceAfter)),
            _ => LayoutResult.Wrap,
        };
    }

    /// <inheritdoc />
    public override double LeadHeight(LayoutContext ctx, double width)
        => _keepTogether ? FullHeight(ctx, width) : _content.LeadHeight(ctx, width - 2 * Padding) + 2 * Padding;

    sealed class BoxFragment(Fragment content) : Fragment
    {
        public override double Height => content.Height + 2 * Padding;

        public override double? FirstBaseline => content.FirstBaseline + Padding;

        public override void Draw(DrawContext dc, double x, double y, double width)
        {
            dc.Tags.Artifact(() => dc.Gfx.DrawRectangle(new XPen(XColors.Black, FrameWidth), x, y, width, Height));
            content.Draw(dc, x + Padding, y + Padding, width - 2 * Padding);
        }
    }
}
