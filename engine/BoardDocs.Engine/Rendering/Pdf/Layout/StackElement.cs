namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>
/// Elements one below the other: the page body, a table cell, a list item, a box. Applies the
/// pagination rules between its children: spacing (dropped at the top and bottom), page breaks,
/// keep-together and keep-with-next.
/// </summary>
internal sealed class StackElement : LayoutElement
{
    // The remainder after a page shares the original list and starts at an offset (with the split
    // child's own remainder as head): copying the rest of the list for every page made pagination
    // quadratic in the length of the document.
    readonly IReadOnlyList<LayoutElement> _source;
    readonly int _start;
    readonly LayoutElement? _head;
    readonly double _spaceBefore, _spaceAfter;
    readonly ItemView _items;

    /// <summary>Creates a stack of <paramref name="items"/> with its own outer spacing.</summary>
    public StackElement(IReadOnlyList<LayoutElement> items, double spaceBefore = 0, double spaceAfter = 0)
        : this(items, 0, null, spaceBefore, spaceAfter)
    {
    }

    StackElement(IReadOnlyList<LayoutElement> source, int start, LayoutElement? head, double spaceBefore, double spaceAfter)
    {
        _source = source;
        _start = start;
        _head = head;
        _spaceBefore = spaceBefore;
        _spaceAfter = spaceAfter;
        _items = new ItemView(this);
    }

    /// <summary>The children still to lay out.</summary>
    public IReadOnlyList<LayoutElement> Items => _items;

    /// <summary>A view of head + source[start..] without copying.</summary>
    sealed class ItemView(StackElement owner) : IReadOnlyList<LayoutElement>
    {
        public int Count => (owner._head is null ? 0 : 1) + owner._source.Count - owner._start;

        public LayoutElement this[int index] => owner._head is null
            ? owner._source[owner._start + index]
            : index == 0 ? owner._head : owner._source[owner._start + index - 1];

        public IEnumerator<LayoutElement> GetEnumerator()
        {
            for (int i = 0; i < Count; i++)
                yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Index in <see cref="_source"/> of the logical item <paramref name="index"/> (not the head).</summary>
    int SourceIndex(int index) => _start + index - (_head is null ? 0 : 1);

    /// <inheritdoc />
    public override double SpaceBefore => _spaceBefore;

    /// <inheritdoc />
    public override double SpaceAfter => _spaceAfter;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
    {
        const double eps = LayoutContext.Epsilon;
        var placed = new List<(Fragment Fragment, double Y, int Index)>();
        double y = 0, prevAfter = 0;
        for (int i = 0; i < _items.Count; i++)
        {
            var child = _items[i];
            bool first = placed.Count == 0;
            if (child.IsPageBreak)
            {
                // A break at the very top of a page would only leave an empty page.
                if (first && atTop)
                    continue;
                return placed.Count == 0 ? LayoutResult.Wrap : Partial(placed, null, i + 1);
            }

            double top = first ? 0 : y + prevAfter + child.SpaceBefore;
            double room = available - top;
            bool childAtTop = atTop && first;
            if (!childAtTop && MustMove(ctx, width, i, room))
                return MoveToNextPage(placed, i, atTop);

            var result = child.Layout(ctx, width, room, childAtTop);
            switch (result.Status)
            {
                case LayoutStatus.Fits:
                    placed.Add((result.Fragment!, top, i));
                    y = top + result.Height;
                    prevAfter = child.SpaceAfter;
                    break;
                case LayoutStatus.Partial:
                    placed.Add((result.Fragment!, top, i));
                    return Partial(placed, result.Remainder!, i + 1);
                default:
                    return MoveToNextPage(placed, i, atTop);
            }
        }
        return LayoutResult.Fits(new StackFragment(placed.Select(p => (p.Fragment, p.Y)).ToList(), y));

        bool MustMove(LayoutContext c, double w, int index, double room)
        {
            var child = _items[index];
            if (child.KeepTogether)
            {
                double full = child.FullHeight(c, w);
                if (full > room + eps && full <= c.PageBodyHeight + eps)
                    return true;
            }
            if (child.KeepWithNext)
            {
                double chain = KeepChainHeight(c, w, index);
                if (chain > room + eps && chain <= c.PageBodyHeight + eps)
                    return true;
            }
            return false;
        }
    }

    /// <inheritdoc />
    public override double LeadHeight(LayoutContext ctx, double width)
    {
        foreach (var item in _items)
        {
            if (!item.IsPageBreak)
                return item.KeepWithNext ? FullHeight(ctx, width) : item.LeadHeight(ctx, width);
        }
        return 0;
    }

    /// <summary>
    /// Height of the element at <paramref name="index"/>, the keep-with-next elements after it and
    /// the lead of the first element that does not keep with next.
    /// </summary>
    double KeepChainHeight(LayoutContext ctx, double width, int index)
    {
        double height = _items[index].FullHeight(ctx, width);
        for (int k = index + 1; k < _items.Count; k++)
        {
            var next = _items[k];
            if (next.IsPageBreak)
                break;
            height += _items[k - 1].SpaceAfter + next.SpaceBefore;
            if (next.KeepWithNext && k + 1 < _items.Count)
                height += next.FullHeight(ctx, width);
            else
            {
                height += next.LeadHeight(ctx, width);
                break;
            }
        }
        return height;
    }

    /// <summary>Ends the page before item <paramref name="index"/>, taking trailing keep-with-next items along.</summary>
    LayoutResult MoveToNextPage(List<(Fragment Fragment, double Y, int Index)> placed, int index, bool atTop)
    {
        // Safety net behind the look-ahead in MustMove: a heading is never the last thing on a page.
        while (placed.Count > (atTop ? 1 : 0) && _items[placed[^1].Index].KeepWithNext)
        {
            index = placed[^1].Index;
            placed.RemoveAt(placed.Count - 1);
        }
        if (placed.Count == 0)
            return LayoutResult.Wrap;
        return Partial(placed, null, index);
    }

    /// <summary>The placed fragments, and the rest: <paramref name="head"/> (if any) then the items from logical index <paramref name="from"/>.</summary>
    LayoutResult Partial(List<(Fragment Fragment, double Y, int Index)> placed, LayoutElement? head, int from)
    {
        var last = placed[^1];
        var fragment = new StackFragment(placed.Select(p => (p.Fragment, p.Y)).ToList(), last.Y + last.Fragment.Height);
        var restCount = (head is null ? 0 : 1) + Math.Max(0, _items.Count - from);
        if (restCount == 0)
            return LayoutResult.Fits(fragment);
        // Logical index 0 may be our own head, which is not in the source list.
        if (from == 0 && _head is not null)
        {
            var items = new List<LayoutElement>();
            if (head is not null) items.Add(head);
            for (int k = 0; k < _items.Count; k++) items.Add(_items[k]);
            return LayoutResult.Partial(fragment, new StackElement(items, 0, null, 0, _spaceAfter));
        }
        return LayoutResult.Partial(fragment, new StackElement(_source, SourceIndex(from), head, 0, _spaceAfter));
    }
}
