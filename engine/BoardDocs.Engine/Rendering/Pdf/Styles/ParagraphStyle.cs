using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Pdf.Styles;

/// <summary>Resolved formatting of one paragraph style, in points.</summary>
internal sealed record ParagraphStyle
{
    /// <summary>Font family as requested (Word name; substituted when the fonts are loaded).</summary>
    public required string Family { get; init; }
    /// <summary>Font size.</summary>
    public required double Size { get; init; }
    /// <summary>Bold throughout.</summary>
    public bool Bold { get; init; }
    /// <summary>Italic throughout.</summary>
    public bool Italic { get; init; }
    /// <summary>Space above, dropped at the top of a page or cell.</summary>
    public double SpaceBefore { get; init; }
    /// <summary>Space below, dropped at the bottom of a page or cell.</summary>
    public double SpaceAfter { get; init; }
    /// <summary>Indent of every line but the first from the left edge.</summary>
    public double LeftIndent { get; init; }
    /// <summary>Indent of the first line from the left edge (negative of LeftIndent gives a hanging indent).</summary>
    public double FirstLineIndent { get; init; }
    /// <summary>Explicit tab stops from the left edge, ascending; default stops follow.</summary>
    public IReadOnlyList<double> TabStops { get; init; } = [];
    /// <summary>Alignment unless the paragraph overrides it.</summary>
    public Alignment Alignment { get; init; }
    /// <summary>Never split the paragraph across pages (headings).</summary>
    public bool KeepLinesTogether { get; init; }
    /// <summary>Keep with the following block even if the block itself does not ask for it.</summary>
    public bool KeepWithNext { get; init; }
    /// <summary>Structure tag for tagged PDF (P, H1, H2 …).</summary>
    public string Tag { get; init; } = "P";
}
