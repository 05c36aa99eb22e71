using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Drawing;
using BoardDocs.Engine.Rendering.Pdf.Fonts;
using BoardDocs.Engine.Rendering.Pdf.Layout.Text;
using BoardDocs.Engine.Rendering.Pdf.Styles;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>
/// The text of a paragraph or heading, shared by the element and its continuations. Lines are
/// computed once per width.
/// </summary>
internal sealed class ParagraphSource
{
    double _linesWidth = double.NaN;
    List<TextLine>? _lines;

    /// <summary>Tokenizes the paragraph.</summary>
    public ParagraphSource(IEnumerable<Inline> inlines, ParagraphStyle style, Alignment alignment, FontSet fonts, StructNode node)
    {
        Style = style;
        Alignment = alignment;
        Node = node;
        BaseFont = fonts.Get(style.Family, style.Size, style.Bold, style.Italic);
        Pieces = TextTokenizer.Tokenize(inlines, style, fonts);
    }

    /// <summary>The style.</summary>
    public ParagraphStyle Style { get; }

    /// <summary>Effective alignment.</summary>
    public Alignment Alignment { get; }

    /// <summary>Structure element of the paragraph.</summary>
    public StructNode Node { get; }

    /// <summary>The style's own font (sets the minimum line height).</summary>
    public TextFont BaseFont { get; }

    /// <summary>The measured pieces.</summary>
    public List<TextPiece> Pieces { get; }

    /// <summary>Bookmark created where the paragraph starts, or null.</summary>
    public BookmarkInfo? Bookmark { get; init; }

    /// <summary>Keep with the next block.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>Never split.</summary>
    public bool KeepTogether { get; init; }

    /// <summary>The lines at <paramref name="width"/>.</summary>
    public List<TextLine> Lines(double width)
    {
        if (_lines is null || Math.Abs(width - _linesWidth) > LayoutContext.Epsilon)
        {
            _lines = LineBreaker.Break(Pieces, Style, BaseFont, width);
            _linesWidth = width;
        }
        return _lines;
    }
}
