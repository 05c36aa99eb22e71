using System.IO.Compression;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>
/// Compresses page content streams with a complete zlib stream. PDFsharp 6.5's own Flate encoder
/// omits the Adler-32 trailer (viewers accept it, but qpdf --check warns), so PDFsharp compression is
/// switched off and the content, the bulk of a long protocol, is compressed here instead.
/// </summary>
internal static class ContentCompressor
{
    /// <summary>Compresses the finished content of <paramref name="page"/>; call after its graphics are disposed.</summary>
    public static void Compress(PdfPage page)
    {
        foreach (var item in page.Contents.Elements)
        {
            var content = item switch
            {
                PdfReference reference => reference.Value as PdfContent,
                PdfContent direct => direct,
                _ => null,
            };
            if (content?.Stream?.Value is not { Length: > 0 } raw || content.Elements.ContainsKey("/Filter"))
                continue;
            using var buffer = new MemoryStream(raw.Length / 3 + 64);
            using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
                zlib.Write(raw);
            content.Stream.Value = buffer.ToArray();
            content.Elements.SetName("/Filter", "/FlateDecode");
            content.Elements.SetInteger("/Length", content.Stream.Length);
        }
    }
}
