using BoardDocs.Engine.Rendering.Pdf.Layout.Text;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>A paragraph or heading from a given line on; splits between lines.</summary>
internal sealed class ParagraphElement : LayoutElement
{
    /// <summary>Fewest lines left at the bottom of a page or carried to the next (orphan/widow control).</summary>
    const int MinLines = 2;

    readonly ParagraphSource _source;
    readonly int _start;

    /// <summary>The whole paragraph.</summary>
    public ParagraphElement(ParagraphSource source) : this(source, 0) { }

    ParagraphElement(ParagraphSource source, int start)
    {
        _source = source;
        _start = start;
    }

    /// <inheritdoc />
    public override double SpaceBefore => _start == 0 ? _source.Style.SpaceBefore : 0;

    /// <inheritdoc />
    public override double SpaceAfter => _source.Style.SpaceAfter;

    /// <inheritdoc />
    public override bool KeepWithNext => _source.KeepWithNext;

    /// <inheritdoc />
    public override bool KeepTogether => _source.KeepTogether;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
    {
        var lines = _source.Lines(width);
        int total = lines.Count - _start;
        int fit = 0;
        double height = 0;
        while (fit < total && height + lines[_start + fit].Height <= available + LayoutContext.Epsilon)
            height += lines[_start + fit++].Height;
        if (fit == total)
            return LayoutResult.Fits(new ParagraphFragment(_source, lines, _start, fit));

        if (!atTop)
        {
            if (_source.KeepTogether)
                return LayoutResult.Wrap;
            // Leave no single widow line for the next page, and no single orphan line here.
            if (total - fit < MinLines)
                fit = total - MinLines;
            if (fit < MinLines)
                return LayoutResult.Wrap;
        }
        else if (fit == 0)
            fit = 1; // A page must make progress even if a line is taller than the page.

        return LayoutResult.Partial(new ParagraphFragment(_source, lines, _start, fit), new ParagraphElement(_source, _start + fit));
    }

    /// <inheritdoc />
    public override double LeadHeight(LayoutContext ctx, double width)
    {
        if (_source.KeepTogether)
            return FullHeight(ctx, width);
        var lines = _source.Lines(width);
        double height = 0;
        int total = lines.Count - _start;
        // Orphan control would move a paragraph whose first MinLines lines do not fit.
        int lead = total < 2 * MinLines ? total : MinLines;
        for (int i = 0; i < lead; i++)
            height += lines[_start + i].Height;
        return height;
    }
}
