namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>
/// A block prepared for layout. Layout is two-phase as in QuestPDF: <see cref="Layout"/> plans
/// what fits into the space offered (all, a part plus a continuation, or nothing) and returns a
/// <see cref="Fragment"/> that is drawn later, once the page count is known.
/// </summary>
internal abstract class LayoutElement
{
    /// <summary>Space above; dropped at the top of a page or container.</summary>
    public virtual double SpaceBefore => 0;

    /// <summary>Space below; dropped at the bottom of a page or container.</summary>
    public virtual double SpaceAfter => 0;

    /// <summary>Never end a page after this element.</summary>
    public virtual bool KeepWithNext => false;

    /// <summary>Move the whole element to the next page rather than splitting it (if it fits on one page).</summary>
    public virtual bool KeepTogether => false;

    /// <summary>A forced page break; containers handle it, it is never laid out.</summary>
    public virtual bool IsPageBreak => false;

    /// <summary>
    /// Plans the element into <paramref name="width"/> × <paramref name="available"/> points.
    /// With <paramref name="atTop"/> the space is the top of an otherwise empty page: the element must
    /// then place something (never <see cref="LayoutStatus.Wrap"/>), or pagination would not progress.
    /// </summary>
    public abstract LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop);

    /// <summary>Height of the element laid out without a page limit.</summary>
    public double FullHeight(LayoutContext ctx, double width)
        => Layout(ctx, width, double.PositiveInfinity, true).Height;

    /// <summary>
    /// Height of the smallest leading part that may start a page: a preceding keep-with-next heading
    /// needs this much room below it. Defaults to the whole element.
    /// </summary>
    public virtual double LeadHeight(LayoutContext ctx, double width) => FullHeight(ctx, width);
}
