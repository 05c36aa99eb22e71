using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Drawing;
using BoardDocs.Engine.Rendering.Pdf.Fonts;
using BoardDocs.Engine.Rendering.Pdf.Layout;
using BoardDocs.Engine.Rendering.Pdf.Styles;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace BoardDocs.Engine.Rendering.Pdf;

/// <summary>
/// Renders a <see cref="Document"/> as a tagged PDF with PDFsharp and BoardDocs' own layout engine.
/// The same document and options always give the same bytes.
/// </summary>
public sealed class PdfRenderer
{
    readonly PdfOptions _options;

    /// <summary>Creates a renderer; <paramref name="options"/> defaults to A4 and the system fonts.</summary>
    public PdfRenderer(PdfOptions? options = null) => _options = options ?? new PdfOptions();

    /// <summary>Page count of the last render (for reports/benchmarks).</summary>
    public int LastPageCount { get; private set; }

    /// <summary>Renders <paramref name="document"/> and returns the PDF file.</summary>
    /// <exception cref="PdfFontException">A font the document needs is not installed.</exception>
    public byte[] Render(Document document)
    {
        using var stream = new MemoryStream();
        Render(document, stream);
        return stream.ToArray();
    }

    /// <summary>Renders <paramref name="document"/> into <paramref name="output"/> (left open).</summary>
    /// <exception cref="PdfFontException">A font the document needs is not installed.</exception>
    public void Render(Document document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        PdfSharpSetup.EnsureInitialized();

        var setup = _options.PageSetup;
        var geometry = new PageGeometry(setup);
        var styles = new StyleSheet(setup);
        using var fonts = new FontSet(FontLocator.ForOptions(_options));
        // Resolve the two base fonts first so that a missing font fails before any work is done.
        fonts.Get(setup.BodyFont, setup.BodySizePt, false, false);
        fonts.Get(setup.HeadingFont, setup.BodySizePt, true, false);

        var ctx = new LayoutContext(fonts, styles, geometry.BodyHeight);
        var decorator = new PageDecorator(document.Header, document.Footer, geometry, fonts, styles);
        var body = new ElementFactory(ctx).CreateBody(document.Blocks);
        var pages = Paginator.Paginate(body, ctx, geometry.BodyWidth, geometry.BodyHeight);

        var fingerprint = DocumentFingerprint.Compute(document, setup, pages.Count);
        using var pdf = CreateDocument(document, fingerprint);
        var ua = UAManager.ForDocument(pdf);
        ua.SetDocumentLanguage(string.IsNullOrWhiteSpace(document.Info.Language) ? "sv-SE" : document.Info.Language);
        var tags = new Tagger(ua);
        var dc = new DrawContext(tags, new OutlineBuilder(pdf));

        for (int i = 0; i < pages.Count; i++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromPoint(geometry.PageWidth);
            page.Height = XUnit.FromPoint(geometry.PageHeight);
            var gfx = XGraphics.FromPdfPage(page);
            dc.BeginPage(gfx, page, i);
            decorator.Draw(dc, i + 1, pages.Count);
            pages[i].Draw(dc, geometry.Left, geometry.Top, geometry.BodyWidth);
            if (i == pages.Count - 1)
                tags.CloseAll();
            tags.EndPage();
            gfx.Dispose();
            ContentCompressor.Compress(page);
        }
        tags.Finish();

        if (pdf.Outlines.Count > 0)
            pdf.PageMode = PdfPageMode.UseOutlines;
        using var buffer = new MemoryStream();
        pdf.Save(buffer, closeStream: false);
        var bytes = buffer.ToArray();
        DeterministicPatcher.Apply(bytes, fingerprint);
        output.Write(bytes);
        LastPageCount = pages.Count;
    }

    static PdfDocument CreateDocument(Document document, byte[] fingerprint)
    {
        var pdf = new PdfDocument();
        var info = document.Info;
        pdf.Info.Title = info.Title;
        pdf.Info.Author = info.Author;
        pdf.Info.Subject = info.Subject;
        pdf.Info.Keywords = info.Keywords;
        pdf.Info.Creator = "BoardDocs";
        // Dates come from the meeting data, never the clock, so that output is reproducible.
        var timestamp = DateTime.SpecifyKind(info.Timestamp.Kind == DateTimeKind.Local ? info.Timestamp.ToUniversalTime() : info.Timestamp, DateTimeKind.Utc);
        pdf.Info.CreationDate = timestamp;
        pdf.Info.ModificationDate = timestamp;
        // PDFsharp draws a random GUID as file identifier; derive it from the content instead.
        var raw = new string(fingerprint.Select(b => (char)b).ToArray());
        pdf.Internals.FirstDocumentID = raw;
        pdf.Internals.SecondDocumentID = raw;
        // Content streams are compressed by ContentCompressor; see there why not by PDFsharp.
        pdf.Options.NoCompression = true;
        pdf.Options.CompressContentStreams = false;
        return pdf;
    }
}
