using System.Text;
using BoardDocs.Engine.Rendering.Pdf.Fonts;

namespace BoardDocs.Engine.Rendering.Pdf.Layout.Text;

/// <summary>Collects the runs of the line being built.</summary>
internal sealed class LineBuilder
{
    readonly TextFont _baseFont;
    readonly List<GlyphRun> _runs = [];
    readonly StringBuilder _text = new();
    TextFont? _runFont;
    string? _runUrl;
    double _runX, _runWidth, _left, _right, _ascent, _height;

    /// <summary>Creates a builder; <paramref name="baseFont"/> sets the minimum line height.</summary>
    public LineBuilder(TextFont baseFont) => _baseFont = baseFont;

    /// <summary>Pen position from the paragraph's left edge.</summary>
    public double X { get; private set; }

    /// <summary>The line holds visible text.</summary>
    public bool HasWords { get; private set; }

    /// <summary>Starts a new line at <paramref name="indent"/>.</summary>
    public void Start(double indent)
    {
        _runs.Clear();
        _text.Clear();
        _runFont = null;
        _runUrl = null;
        X = _left = _right = indent;
        _ascent = _baseFont.Ascent;
        _height = _baseFont.LineHeight;
        HasWords = false;
    }

    /// <summary>Appends a whole piece.</summary>
    public void Add(in TextPiece piece) => Add(piece, piece.Text, piece.Width);

    /// <summary>Appends <paramref name="text"/> (part of <paramref name="piece"/>) of width <paramref name="width"/>.</summary>
    public void Add(in TextPiece piece, ReadOnlySpan<char> text, double width)
    {
        if (!ReferenceEquals(piece.Font, _runFont) || piece.Url != _runUrl)
        {
            Flush();
            _runFont = piece.Font;
            _runUrl = piece.Url;
            _runX = X;
            _runWidth = 0;
            _ascent = Math.Max(_ascent, piece.Font.Ascent);
            _height = Math.Max(_height, piece.Font.LineHeight);
        }
        _text.Append(text);
        _runWidth += width;
        X += width;
        if (piece.Kind == PieceKind.Word)
        {
            _right = X;
            HasWords = true;
        }
    }

    /// <summary>Moves the pen to <paramref name="x"/> (a tab stop).</summary>
    public void TabTo(double x)
    {
        Flush();
        X = Math.Max(X, x);
    }

    /// <summary>Ends the line.</summary>
    public TextLine Finish()
    {
        Flush();
        return new TextLine(_runs.ToArray(), _left, _right, _ascent, _height);
    }

    void Flush()
    {
        if (_runFont is not null && _text.Length > 0)
            _runs.Add(new GlyphRun(_text.ToString(), _runFont, _runX, _runWidth, _runUrl));
        _text.Clear();
        _runFont = null;
        _runUrl = null;
    }
}
