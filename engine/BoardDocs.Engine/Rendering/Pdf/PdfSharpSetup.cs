using BoardDocs.Engine.Rendering.Pdf.Fonts;
using PdfSharp;
using PdfSharp.Fonts;

namespace BoardDocs.Engine.Rendering.Pdf;

/// <summary>One-time, process-wide PDFsharp configuration: license and font resolver.</summary>
internal static class PdfSharpSetup
{
    static readonly Lock Gate = new();
    static bool _done;

    /// <summary>Configures PDFsharp unless already done; safe to call from many threads.</summary>
    public static void EnsureInitialized()
    {
        if (Volatile.Read(ref _done))
            return;
        lock (Gate)
        {
            if (_done)
                return;
            // PDFsharp 6.5 requires choosing a license; BoardDocs uses PDFsharp under AGPL-3.0.
            PdfSharpLicense.SetAgplLicense();
            var current = GlobalFontSettings.FontResolver;
            if (current is null)
                GlobalFontSettings.FontResolver = PdfFontResolver.Instance;
            else if (!ReferenceEquals(current, PdfFontResolver.Instance))
                throw new InvalidOperationException(
                    "En annan typsnittshanterare för PDFsharp är redan installerad i processen; BoardDocs PDF-rendering kan inte använda sina typsnitt.");
            Volatile.Write(ref _done, true);
        }
    }
}
