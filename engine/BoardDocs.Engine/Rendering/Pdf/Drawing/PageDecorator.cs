using System.Globalization;
using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Fonts;
using BoardDocs.Engine.Rendering.Pdf.Layout;
using BoardDocs.Engine.Rendering.Pdf.Layout.Text;
using BoardDocs.Engine.Rendering.Pdf.Styles;
using PdfSharp.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>
/// Draws the running header (organ, document kind, "n (N)", date, rule) and footer (labelled boxes
/// to sign in by hand) on every page, as artifacts.
/// </summary>
internal sealed class PageDecorator
{
    static readonly double BoxWidth = Units.Mm(40);
    /// <summary>Where the document kind starts, as a share of the text width.</summary>
    const double CenterColumn = 0.48;
    static readonly double BoxHeight = Units.Mm(12);
    static readonly double BoxInset = Units.Mm(1.2);

    readonly PageHeader? _header;
    readonly PageFooter? _footer;
    readonly PageGeometry _page;
    readonly TextFont _leftFont, _centerFont, _numberFont, _labelFont, _footerTextFont;
    readonly List<TextLine> _leftLines = [];
    readonly double _leftWidth;

    /// <summary>Prepares fonts and the wrapped organ name.</summary>
    public PageDecorator(PageHeader? header, PageFooter? footer, PageGeometry page, FontSet fonts, StyleSheet styles)
    {
        _header = header;
        _footer = footer;
        _page = page;
        var family = styles.Setup.HeadingFont;
        _leftFont = fonts.Get(family, 11, true, false);
        _centerFont = fonts.Get(family, 11, true, false);
        _numberFont = fonts.Get(family, 10, false, false);
        _labelFont = fonts.Get(family, 7, false, false);
        _footerTextFont = fonts.Get(styles.Setup.BodyFont, 8, false, false);

        if (header is not null)
        {
            // Municipal letterheads put the organ at the left, the document kind from a fixed tab
            // just right of the middle and the page number at the right margin; the Word header
            // uses the same columns (48 % / 37 % / 15 %).
            _leftWidth = string.IsNullOrEmpty(header.Center) ? page.BodyWidth * 0.8 : page.BodyWidth * CenterColumn - Units.Mm(3);
            var style = new ParagraphStyle { Family = family, Size = 11, Bold = true };
            // Names like "Skellefteå-Norsjö" read better kept whole on the second line.
            var pieces = TextTokenizer.Tokenize([new Inline(header.Left)], style, fonts, hyphenBreaks: false);
            _leftLines = LineBreaker.Break(pieces, style, _leftFont, _leftWidth);
        }
    }

    /// <summary>Draws header and footer of page <paramref name="number"/> of <paramref name="count"/>.</summary>
    public void Draw(DrawContext dc, int number, int count)
    {
        if (_header is null && _footer is null)
            return;
        dc.Tags.Artifact(() =>
        {
            if (_header is not null)
                DrawHeader(dc.Gfx, _header, number, count);
            if (_footer is not null)
                DrawFooter(dc.Gfx, _footer);
        });
    }

    void DrawHeader(XGraphics gfx, PageHeader header, int number, int count)
    {
        double top = _page.HeaderTop;
        double bottom = top;
        double y = top;
        foreach (var line in _leftLines)
        {
            foreach (var run in line.Runs)
                gfx.DrawString(run.Text, run.Font.XFont, XBrushes.Black, _page.Left + run.X, y + line.Ascent, XStringFormats.BaseLineLeft);
            y += line.Height;
        }
        bottom = Math.Max(bottom, y);

        if (!string.IsNullOrEmpty(header.Center))
        {
            double x = _page.Left + _page.BodyWidth * CenterColumn;
            gfx.DrawString(header.Center, _centerFont.XFont, XBrushes.Black, x, top + _centerFont.Ascent, XStringFormats.BaseLineLeft);
            bottom = Math.Max(bottom, top + _centerFont.LineHeight);
        }

        double right = top;
        if (header.ShowPageNumbers)
        {
            var text = string.Create(CultureInfo.InvariantCulture, $"{number} ({count})");
            gfx.DrawString(text, _numberFont.XFont, XBrushes.Black, _page.Right, right + _leftFont.Ascent, XStringFormats.BaseLineRight);
            right += _leftFont.LineHeight;
        }
        if (!string.IsNullOrEmpty(header.SubLine))
        {
            gfx.DrawString(header.SubLine, _numberFont.XFont, XBrushes.Black, _page.Right, right + _numberFont.Ascent, XStringFormats.BaseLineRight);
            right += _numberFont.LineHeight;
        }
        bottom = Math.Max(bottom, right);

        // The rule sits under the header but never inside the body.
        double ruleY = Math.Min(bottom + 3, _page.Top - 4);
        gfx.DrawLine(new XPen(XColors.Black, 0.5), _page.Left, ruleY, _page.Right, ruleY);
    }

    void DrawFooter(XGraphics gfx, PageFooter footer)
    {
        double bottom = _page.FooterBottom;
        if (!string.IsNullOrEmpty(footer.Text))
        {
            gfx.DrawString(footer.Text, _footerTextFont.XFont, XBrushes.Black, _page.Left, bottom - _footerTextFont.Descent, XStringFormats.BaseLineLeft);
            bottom -= _footerTextFont.LineHeight + 2;
        }
        int boxes = footer.Boxes.Count;
        if (boxes == 0)
            return;
        double width = Math.Min(BoxWidth, _page.BodyWidth / boxes);
        double top = bottom - BoxHeight;
        var pen = new XPen(XColors.Black, 0.5);
        for (int i = 0; i < boxes; i++)
        {
            double left = _page.Right - (boxes - i) * width;
            gfx.DrawRectangle(pen, left, top, width, BoxHeight);
            gfx.DrawString(footer.Boxes[i], _labelFont.XFont, XBrushes.Black, left + BoxInset, top + BoxInset + _labelFont.Ascent, XStringFormats.BaseLineLeft);
        }
    }
}
