using PdfSharp.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>
/// An <see cref="XFont"/> with cached metrics. Widths are cached per character: PDFsharp does not
/// kern, so a word's width is the sum of its characters' advances and line breaking never has to
/// call MeasureString in its inner loop.
/// </summary>
internal sealed class TextFont
{
    readonly XGraphics _measure;
    readonly double[]?[] _pages = new double[]?[256];
    readonly Dictionary<string, double> _surrogates = new(StringComparer.Ordinal);

    /// <summary>Wraps <paramref name="font"/>; <paramref name="measure"/> is a measuring context.</summary>
    public TextFont(XFont font, XGraphics measure)
    {
        XFont = font;
        _measure = measure;
        var metrics = font.Metrics;
        double scale = font.Size / metrics.UnitsPerEm;
        Ascent = metrics.Ascent * scale;
        Descent = Math.Abs(metrics.Descent) * scale;
        LineHeight = font.GetHeight();
    }

    /// <summary>The PDFsharp font.</summary>
    public XFont XFont { get; }

    /// <summary>Size in points.</summary>
    public double Size => XFont.Size;

    /// <summary>Distance from the top of a line to its baseline.</summary>
    public double Ascent { get; }

    /// <summary>Distance from the baseline to the lowest descender.</summary>
    public double Descent { get; }

    /// <summary>Distance between the baselines of two lines.</summary>
    public double LineHeight { get; }

    /// <summary>Advance width of <paramref name="text"/>.</summary>
    public double Width(ReadOnlySpan<char> text)
    {
        double width = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                width += SurrogateWidth(text.Slice(i, 2));
                i++;
            }
            else
                width += Width(c);
        }
        return width;
    }

    /// <summary>Advance width of <paramref name="text"/>.</summary>
    public double Width(string text) => Width(text.AsSpan());

    /// <summary>Advance width of one character.</summary>
    public double Width(char c)
    {
        var page = _pages[c >> 8] ??= CreatePage();
        ref var slot = ref page[c & 0xFF];
        if (double.IsNaN(slot))
            slot = c is '\t' or '\n' or '\r' ? 0 : _measure.MeasureString(c.ToString(), XFont).Width;
        return slot;
    }

    double SurrogateWidth(ReadOnlySpan<char> pair)
    {
        var key = pair.ToString();
        if (!_surrogates.TryGetValue(key, out var width))
            _surrogates[key] = width = _measure.MeasureString(key, XFont).Width;
        return width;
    }

    static double[] CreatePage()
    {
        var page = new double[256];
        Array.Fill(page, double.NaN);
        return page;
    }
}
