using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>
/// The fonts of one render: resolves family + style to files through a <see cref="FontLocator"/>,
/// registers them with the global resolver and hands out cached <see cref="TextFont"/>s.
/// </summary>
internal sealed class FontSet : IDisposable
{
    readonly FontLocator _locator;
    readonly XGraphics _measure;
    readonly Dictionary<(string Family, double Size, bool Bold, bool Italic), TextFont> _fonts = new();
    readonly XPdfFontOptions _pdfOptions = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    /// <summary>Creates the set; fonts are loaded on first use.</summary>
    public FontSet(FontLocator locator)
    {
        _locator = locator;
        _measure = XGraphics.CreateMeasureContext(new XSize(1000, 1000), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    /// <summary>The font for a family as the document names it, e.g. "Times New Roman".</summary>
    /// <exception cref="PdfFontException">No file for the family or its substitutes.</exception>
    public TextFont Get(string family, double size, bool bold, bool italic)
    {
        var key = (family, size, bold, italic);
        if (_fonts.TryGetValue(key, out var font))
            return font;
        var face = _locator.Resolve(family, bold, italic);
        PdfFontResolver.Instance.Register(face);
        // The face key is the family name PDFsharp sees; style comes from the file (or the simulation flags).
        var xfont = new XFont(face.Key, size, XFontStyleEx.Regular, _pdfOptions);
        font = new TextFont(xfont, _measure);
        _fonts[key] = font;
        return font;
    }

    /// <inheritdoc />
    public void Dispose() => _measure.Dispose();
}
