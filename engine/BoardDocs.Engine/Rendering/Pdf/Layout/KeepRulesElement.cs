namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>
/// Adds a block's own keep-with-next / keep-together flags to an element that does not derive them
/// itself (tables, lists). Continuations are not wrapped: the rules concern where a block starts.
/// </summary>
internal sealed class KeepRulesElement(LayoutElement inner, bool keepWithNext, bool keepTogether) : LayoutElement
{
    /// <inheritdoc />
    public override double SpaceBefore => inner.SpaceBefore;

    /// <inheritdoc />
    public override double SpaceAfter => inner.SpaceAfter;

    /// <inheritdoc />
    public override bool KeepWithNext => keepWithNext || inner.KeepWithNext;

    /// <inheritdoc />
    public override bool KeepTogether => keepTogether || inner.KeepTogether;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
        => inner.Layout(ctx, width, available, atTop);

    /// <inheritdoc />
    public override double LeadHeight(LayoutContext ctx, double width)
        => KeepTogether ? FullHeight(ctx, width) : inner.LeadHeight(ctx, width);
}
