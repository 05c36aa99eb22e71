namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>Splits the body into pages: the first (planning) pass, before anything is drawn.</summary>
internal static class Paginator
{
    /// <summary>One fragment per page; at least one page.</summary>
    public static List<Fragment> Paginate(LayoutElement body, LayoutContext ctx, double width, double height)
    {
        var pages = new List<Fragment>();
        LayoutElement? rest = body;
        while (rest is not null)
        {
            var result = rest.Layout(ctx, width, height, atTop: true);
            if (result.Fragment is null)
                throw new InvalidOperationException("Layout made no progress at the top of an empty page.");
            pages.Add(result.Fragment);
            rest = result.Remainder;
        }
        if (pages.Count == 0)
            pages.Add(new StackFragment([], 0));
        return pages;
    }
}
