using BoardDocs.Engine.Rendering.Pdf.Drawing;
using BoardDocs.Engine.Rendering.Pdf.Fonts;
using PdfSharp.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>A list item: marker ("•", "1.") in the hanging indent, the body indented beside it.</summary>
internal sealed class ListItemElement : LayoutElement
{
    /// <summary>Where the marker starts, from the list's left edge.</summary>
    public static readonly double MarkerOffset = Units.Mm(2);

    /// <summary>Where the body starts, from the list's left edge.</summary>
    public static readonly double BodyIndent = Units.Mm(8);

    readonly string _marker;
    readonly TextFont _markerFont;
    readonly StructNode _labelNode;
    readonly LayoutElement _body;
    readonly bool _first;

    /// <summary>Creates the item; <paramref name="first"/> is false for its continuation on a later page.</summary>
    public ListItemElement(string marker, TextFont markerFont, StructNode labelNode, LayoutElement body, bool first = true)
    {
        _marker = marker;
        _markerFont = markerFont;
        _labelNode = labelNode;
        _body = body;
        _first = first;
    }

    /// <inheritdoc />
    public override double SpaceAfter => 3;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
    {
        var result = _body.Layout(ctx, width - BodyIndent, available, atTop);
        return result.Status switch
        {
            LayoutStatus.Fits => LayoutResult.Fits(new ItemFragment(this, result.Fragment!)),
            LayoutStatus.Partial => LayoutResult.Partial(new ItemFragment(this, result.Fragment!),
                new ListItemElement(_marker, _markerFont, _labelNode, result.Remainder!, first: false)),
            _ => LayoutResult.Wrap,
        };
    }

    /// <inheritdoc />
    public override double LeadHeight(LayoutContext ctx, double width) => _body.LeadHeight(ctx, width - BodyIndent);

    sealed class ItemFragment(ListItemElement item, Fragment body) : Fragment
    {
        public override double Height => body.Height;

        public override double? FirstBaseline => body.FirstBaseline;

        public override void Draw(DrawContext dc, double x, double y, double width)
        {
            if (item._first)
            {
                double baseline = y + (body.FirstBaseline ?? item._markerFont.Ascent);
                dc.Tags.Enter(item._labelNode);
                dc.Gfx.DrawString(item._marker, item._markerFont.XFont, XBrushes.Black, x + MarkerOffset, baseline, XStringFormats.BaseLineLeft);
            }
            body.Draw(dc, x + BodyIndent, y, width - BodyIndent);
        }
    }
}
