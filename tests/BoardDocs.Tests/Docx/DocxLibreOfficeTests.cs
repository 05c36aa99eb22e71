using System.Text.RegularExpressions;
using BoardDocs.Engine.Rendering.Docx;

namespace BoardDocs.Tests.Docx;

[TestClass]
public sealed class DocxLibreOfficeTests
{
    /// <summary>When set, the rendered .docx and its PDF are copied there for a look by eye.</summary>
    private const string SampleDirectoryVariable = "BOARDDOCS_DOCX_SAMPLE_DIR";

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void LibreOfficeConvertsTheProtocol()
    {
        if (!LibreOffice.IsAvailable || !LibreOffice.OnPath("pdftotext"))
        {
            Assert.Inconclusive("soffice eller pdftotext finns inte på PATH.");
        }
        var directory = Directory.CreateTempSubdirectory("docx-lo-");
        try
        {
            var docx = Path.Combine(directory.FullName, "protokoll.docx");
            File.WriteAllBytes(docx, new DocxRenderer().Render(ProtocolFixture.Create()));

            var pdf = LibreOffice.ConvertToPdf(docx, directory.FullName);
            var text = LibreOffice.PdfText(pdf);

            StringAssert.Contains(text, "§ 578");
            StringAssert.Contains(text, ProtocolFixture.AttText);
            StringAssert.Contains(text, "PROTOKOLL");
            StringAssert.Contains(text, "Utdragsbestyrkande");
            StringAssert.Matches(text, new Regex(@"1 \(\d+\)"));
            // The total comes from NUMPAGES: the fixture runs over more than one page.
            StringAssert.Matches(text, new Regex(@"2 \([2-9]\)"));
            CopySample("", docx, pdf);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [TestMethod]
    [Timeout(300_000, CooperativeCancellation = true)]
    public void LibreOfficeShowsTheReferenceLogo()
    {
        if (!LibreOffice.IsAvailable || !LibreOffice.OnPath("pdftotext") || !LibreOffice.OnPath("pdfimages"))
        {
            Assert.Inconclusive("soffice, pdftotext eller pdfimages finns inte på PATH.");
        }
        var directory = Directory.CreateTempSubdirectory("docx-lo-ref-");
        try
        {
            var reference = ReferenceDocx.Create(Path.Combine(directory.FullName, "mall.docx"));
            var docx = Path.Combine(directory.FullName, "protokoll-mall.docx");
            File.WriteAllBytes(docx, new DocxRenderer(new DocxOptions { ReferenceDocxPath = reference }).Render(ProtocolFixture.Create()));

            var pdf = LibreOffice.ConvertToPdf(docx, directory.FullName);
            var text = LibreOffice.PdfText(pdf);
            var images = LibreOffice.Run("pdfimages", ["-list", "-f", "1", "-l", "1", pdf]);

            StringAssert.Contains(text, "§ 578");
            StringAssert.Matches(text, new Regex(@"1 \(\d+\)"));
            // pdfimages lists a header line, a rule and then one line per image.
            Assert.IsGreaterThanOrEqualTo(3, images.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, images);
            CopySample("-mall", docx, pdf);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static void CopySample(string suffix, params string[] files)
    {
        if (Environment.GetEnvironmentVariable(SampleDirectoryVariable) is { Length: > 0 } target)
        {
            Directory.CreateDirectory(target);
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(target, "docx-sample" + suffix + Path.GetExtension(file)), overwrite: true);
            }
        }
    }
}
