using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>The page in twips: from <see cref="PageSetup"/>, or from a reference document's section.</summary>
internal sealed record PageGeometry(int Width, int Height, int MarginLeft, int MarginRight, int MarginTop, int MarginBottom, int Header, int Footer)
{
    /// <summary>Width between the margins; tables are scaled to it.</summary>
    public int TextWidth => Math.Max(Width - MarginLeft - MarginRight, 1440);

    public static PageGeometry From(PageSetup setup) => new(
        Twips.FromMm(setup.PageWidthMm), Twips.FromMm(setup.PageHeightMm),
        Twips.FromMm(setup.MarginLeftMm), Twips.FromMm(setup.MarginRightMm),
        Twips.FromMm(setup.MarginTopMm), Twips.FromMm(setup.MarginBottomMm),
        Twips.FromMm(setup.HeaderDistanceMm), Twips.FromMm(setup.FooterDistanceMm));

    /// <summary>Takes over whatever the reference section states; the rest stays as it was.</summary>
    public PageGeometry With(PageSize? size, PageMargin? margin) => this with
    {
        Width = (int?)size?.Width?.Value ?? Width,
        Height = (int?)size?.Height?.Value ?? Height,
        MarginLeft = (int?)margin?.Left?.Value ?? MarginLeft,
        MarginRight = (int?)margin?.Right?.Value ?? MarginRight,
        MarginTop = Math.Abs(margin?.Top?.Value ?? MarginTop),
        MarginBottom = Math.Abs(margin?.Bottom?.Value ?? MarginBottom),
        Header = (int?)margin?.Header?.Value ?? Header,
        Footer = (int?)margin?.Footer?.Value ?? Footer,
    };

    public PageSize ToPageSize() => new()
    {
        Width = (uint)Width,
        Height = (uint)Height,
        Orient = Width > Height ? PageOrientationValues.Landscape : null,
    };

    public PageMargin ToPageMargin() => new()
    {
        Top = MarginTop,
        Right = (uint)MarginRight,
        Bottom = MarginBottom,
        Left = (uint)MarginLeft,
        Header = (uint)Header,
        Footer = (uint)Footer,
        Gutter = 0,
    };
}
