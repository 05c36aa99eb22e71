namespace BoardDocs.Engine.Documents;

/// <summary>
/// Page geometry and typography shared by the Word and PDF renderers, so that a document
/// paginates alike in both. Values follow common Swedish municipal templates (A4, Times 12 pt body).
/// </summary>
public sealed record PageSetup
{
    /// <summary>The default: A4 portrait.</summary>
    public static PageSetup A4 { get; } = new();

    /// <summary>Page width in millimetres.</summary>
    public double PageWidthMm { get; init; } = 210;
    /// <summary>Page height in millimetres.</summary>
    public double PageHeightMm { get; init; } = 297;
    /// <summary>Left margin (binding side) in millimetres.</summary>
    public double MarginLeftMm { get; init; } = 25;
    /// <summary>Right margin in millimetres.</summary>
    public double MarginRightMm { get; init; } = 20;
    /// <summary>Top margin (body starts below the header) in millimetres.</summary>
    public double MarginTopMm { get; init; } = 25;
    /// <summary>Bottom margin (body ends above the footer) in millimetres.</summary>
    public double MarginBottomMm { get; init; } = 27;
    /// <summary>Distance from the top edge to the header in millimetres.</summary>
    public double HeaderDistanceMm { get; init; } = 10;
    /// <summary>Distance from the bottom edge to the footer in millimetres.</summary>
    public double FooterDistanceMm { get; init; } = 10;

    /// <summary>Body font family as named in Word (PDF maps it to a metric-compatible font, e.g. Liberation Serif).</summary>
    public string BodyFont { get; init; } = "Times New Roman";
    /// <summary>Heading/header font family (PDF: Liberation Sans).</summary>
    public string HeadingFont { get; init; } = "Arial";
    /// <summary>Body font size in points.</summary>
    public double BodySizePt { get; init; } = 12;
    /// <summary>Space after a body paragraph in points.</summary>
    public double ParagraphSpacingPt { get; init; } = 6;
    /// <summary>Hanging indent of att-satser ("att" at the margin, text at this tab) in millimetres.</summary>
    public double AttIndentMm { get; init; } = 12;
}
