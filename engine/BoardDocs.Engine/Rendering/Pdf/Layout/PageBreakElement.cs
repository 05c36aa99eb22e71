namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>A forced page break; <see cref="StackElement"/> acts on it.</summary>
internal sealed class PageBreakElement : LayoutElement
{
    /// <inheritdoc />
    public override bool IsPageBreak => true;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
        => LayoutResult.Fits(new StackFragment([], 0));
}
