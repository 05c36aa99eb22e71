using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Settings for <see cref="DocxRenderer"/>.</summary>
public sealed record DocxOptions
{
    /// <summary>Page geometry and typography; the same values the PDF renderer uses.</summary>
    public PageSetup PageSetup { get; init; } = PageSetup.A4;

    /// <summary>
    /// Optional organisation reference .docx (like pandoc's <c>--reference-doc</c>). When set, its
    /// styles (merged: the reference wins, our styles fill in what it lacks), theme, page size and
    /// margins and its default header (including images such as a logo) replace ours.
    /// </summary>
    public string? ReferenceDocxPath { get; init; }
}
