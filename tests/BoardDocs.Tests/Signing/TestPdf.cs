using PdfSharp;
using PdfSharp.Pdf;

namespace BoardDocs.Tests.Signing;

/// <summary>A real, one blank page PDF made with PDFsharp, to sign in the tests.</summary>
internal static class TestPdf
{
    public static string Create(string directory, string fileName = "protokoll.pdf")
    {
        // PDFsharp 6.5 refuses to work until a license is chosen; the project uses it under AGPL.
        PdfSharpLicense.SetAgplLicense();

        string path = Path.Combine(directory, fileName);
        using var document = new PdfDocument();
        document.Info.Title = "Protokoll";
        document.AddPage();
        document.Save(path);
        return path;
    }
}
