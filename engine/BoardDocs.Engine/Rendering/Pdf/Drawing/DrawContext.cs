using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>What fragments draw with: the current page and its graphics, the tagger and the outline.</summary>
internal sealed class DrawContext
{
    /// <summary>Creates the context; <see cref="BeginPage"/> sets the page.</summary>
    public DrawContext(Tagger tags, OutlineBuilder outlines)
    {
        Tags = tags;
        Outlines = outlines;
    }

    /// <summary>Graphics of the current page.</summary>
    public XGraphics Gfx { get; private set; } = null!;

    /// <summary>The current page.</summary>
    public PdfPage Page { get; private set; } = null!;

    /// <summary>Zero-based index of the current page.</summary>
    public int PageIndex { get; private set; }

    /// <summary>Structure tagging.</summary>
    public Tagger Tags { get; }

    /// <summary>Bookmarks.</summary>
    public OutlineBuilder Outlines { get; }

    /// <summary>Switches to a new page.</summary>
    public void BeginPage(XGraphics gfx, PdfPage page, int index)
    {
        Gfx = gfx;
        Page = page;
        PageIndex = index;
    }
}
