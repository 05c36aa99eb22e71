using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Drawing;
using BoardDocs.Engine.Rendering.Pdf.Layout.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>Lines <c>start</c> … <c>start+count-1</c> of a paragraph on one page.</summary>
internal sealed class ParagraphFragment : Fragment
{
    readonly ParagraphSource _source;
    readonly List<TextLine> _lines;
    readonly int _start;
    readonly int _count;

    /// <summary>Creates the fragment.</summary>
    public ParagraphFragment(ParagraphSource source, List<TextLine> lines, int start, int count)
    {
        _source = source;
        _lines = lines;
        _start = start;
        _count = count;
        double height = 0;
        for (int i = 0; i < count; i++)
            height += lines[start + i].Height;
        Height = height;
    }

    /// <inheritdoc />
    public override double Height { get; }

    /// <inheritdoc />
    public override double? FirstBaseline => _count > 0 ? _lines[_start].Ascent : null;

    /// <inheritdoc />
    public override void Draw(DrawContext dc, double x, double y, double width)
    {
        if (_start == 0 && _source.Bookmark is { } bookmark)
            dc.Outlines.Add(bookmark.Level, bookmark.Title, dc.Page, x, y);

        bool entered = false;
        double top = y;
        for (int i = _start; i < _start + _count; i++)
        {
            var line = _lines[i];
            double offset = _source.Alignment switch
            {
                Alignment.Center => Math.Max(0, (width - line.Right + line.Left) / 2 - line.Left),
                Alignment.Right => Math.Max(0, width - line.Right),
                _ => 0,
            };
            double baseline = top + line.Ascent;
            foreach (var run in line.Runs)
            {
                if (!entered)
                {
                    dc.Tags.Enter(_source.Node);
                    entered = true;
                }
                double rx = x + offset + run.X;
                if (run.Url is { } url)
                    DrawLink(dc, run, url, rx, baseline);
                else
                    dc.Gfx.DrawString(run.Text, run.Font.XFont, XBrushes.Black, rx, baseline, XStringFormats.BaseLineLeft);
            }
            top += line.Height;
        }
    }

    /// <summary>Word's hyperlink blue.</summary>
    static readonly XColor LinkColor = XColor.FromArgb(0x05, 0x63, 0xC1);

    static void DrawLink(DrawContext dc, GlyphRun run, string url, double x, double baseline)
    {
        // Annotations use PDF's default coordinates, counted from the bottom edge.
        double pageHeight = dc.Page.Height.Point;
        double top = baseline - run.Font.Ascent, bottom = baseline + run.Font.Descent;
        var rect = new PdfRectangle(new XPoint(x, pageHeight - bottom), new XPoint(x + run.Width, pageHeight - top));
        var link = PdfLinkAnnotation.CreateWebLink(rect, url);
        // PDFsharp stamps annotations with the clock and a random name; neither is needed.
        link.Elements.Remove(PdfAnnotation.Keys.M);
        link.Elements.Remove(PdfAnnotation.Keys.NM);
        var gfx = dc.Gfx;
        dc.Tags.Link(dc.Page, link, run.Text.Trim(), () =>
            gfx.DrawString(run.Text, run.Font.XFont, new XSolidBrush(LinkColor), x, baseline, XStringFormats.BaseLineLeft));
        double underline = baseline + Math.Max(1, run.Font.Descent / 3);
        dc.Tags.Artifact(() => gfx.DrawLine(new XPen(LinkColor, 0.5), x, underline, x + run.Width, underline));
    }
}
