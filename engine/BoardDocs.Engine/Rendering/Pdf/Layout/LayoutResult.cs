namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>The plan for one element on one page.</summary>
/// <param name="Status">Fits, partial or wrap.</param>
/// <param name="Height">Height used on this page.</param>
/// <param name="Fragment">What to draw on this page; null for <see cref="LayoutStatus.Wrap"/>.</param>
/// <param name="Remainder">What continues on the next page; only for <see cref="LayoutStatus.Partial"/>.</param>
internal readonly record struct LayoutResult(LayoutStatus Status, double Height, Fragment? Fragment, LayoutElement? Remainder)
{
    /// <summary>Everything fits.</summary>
    public static LayoutResult Fits(Fragment fragment) => new(LayoutStatus.Fits, fragment.Height, fragment, null);

    /// <summary>Part fits, <paramref name="remainder"/> goes on.</summary>
    public static LayoutResult Partial(Fragment fragment, LayoutElement remainder) => new(LayoutStatus.Partial, fragment.Height, fragment, remainder);

    /// <summary>Nothing fits.</summary>
    public static LayoutResult Wrap { get; } = new(LayoutStatus.Wrap, 0, null, null);
}
