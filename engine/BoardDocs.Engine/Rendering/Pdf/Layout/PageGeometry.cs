using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>A <see cref="PageSetup"/> converted to points.</summary>
internal sealed class PageGeometry
{
    /// <summary>Converts <paramref name="setup"/>.</summary>
    public PageGeometry(PageSetup setup)
    {
        PageWidth = Units.Mm(setup.PageWidthMm);
        PageHeight = Units.Mm(setup.PageHeightMm);
        Left = Units.Mm(setup.MarginLeftMm);
        Right = PageWidth - Units.Mm(setup.MarginRightMm);
        Top = Units.Mm(setup.MarginTopMm);
        Bottom = PageHeight - Units.Mm(setup.MarginBottomMm);
        HeaderTop = Units.Mm(setup.HeaderDistanceMm);
        FooterBottom = PageHeight - Units.Mm(setup.FooterDistanceMm);
        if (BodyWidth < 36 || BodyHeight < 36)
            throw new ArgumentException("Sidans marginaler lämnar inget utrymme för text.", nameof(setup));
    }

    /// <summary>Page width.</summary>
    public double PageWidth { get; }
    /// <summary>Page height.</summary>
    public double PageHeight { get; }
    /// <summary>Left edge of the body.</summary>
    public double Left { get; }
    /// <summary>Right edge of the body.</summary>
    public double Right { get; }
    /// <summary>Top edge of the body.</summary>
    public double Top { get; }
    /// <summary>Bottom edge of the body.</summary>
    public double Bottom { get; }
    /// <summary>Top of the running header.</summary>
    public double HeaderTop { get; }
    /// <summary>Bottom of the running footer.</summary>
    public double FooterBottom { get; }
    /// <summary>Width of the body.</summary>
    public double BodyWidth => Right - Left;
    /// <summary>Height of the body.</summary>
    public double BodyHeight => Bottom - Top;
}
