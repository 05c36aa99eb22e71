using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Drawing;
using BoardDocs.Engine.Rendering.Pdf.Layout.Text;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

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
                dc.Gfx.DrawString(run.Text, run.Font.XFont, XBrushes.Black, rx, baseline, XStringFormats.BaseLineLeft);
                if (run.Url is { } url)
                    AddLink(dc, url, rx, baseline - run.Font.Ascent, run.Width, run.Font.Ascent + run.Font.Descent);
            }
            top += line.Height;
        }
    }

    static void AddLink(DrawContext dc, string url, double x, double top, double width, double height)
    {
        // Annotations use PDF's default coordinates, counted from the bottom edge.
        double pageHeight = dc.Page.Height.Point;
        var rect = new PdfRectangle(new XPoint(x, pageHeight - top - height), new XPoint(x + width, pageHeight - top));
        dc.Page.AddWebLink(rect, url);
    }
}
