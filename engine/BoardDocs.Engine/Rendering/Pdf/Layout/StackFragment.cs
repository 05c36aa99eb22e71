using BoardDocs.Engine.Rendering.Pdf.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>Child fragments at vertical offsets.</summary>
internal sealed class StackFragment : Fragment
{
    readonly IReadOnlyList<(Fragment Fragment, double Y)> _children;

    /// <summary>Creates the fragment.</summary>
    public StackFragment(IReadOnlyList<(Fragment Fragment, double Y)> children, double height)
    {
        _children = children;
        Height = height;
    }

    /// <inheritdoc />
    public override double Height { get; }

    /// <inheritdoc />
    public override double? FirstBaseline
        => _children.Count > 0 && _children[0].Fragment.FirstBaseline is { } b ? _children[0].Y + b : null;

    /// <inheritdoc />
    public override void Draw(DrawContext dc, double x, double y, double width)
    {
        foreach (var (fragment, offset) in _children)
            fragment.Draw(dc, x, y + offset, width);
    }
}
