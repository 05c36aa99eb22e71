using BoardDocs.Engine.Rendering.Pdf;

namespace BoardDocs.Tests.Pdf;

/// <summary>
/// A large protocol lays out completely. Speed and memory targets are measured by bench/, never
/// asserted here: timings in unit tests only measure how busy the CI machine is.
/// </summary>
[TestClass]
public sealed class PdfLargeDocumentTests
{
    [TestMethod]
    public void Thousand_paragraph_protocol_lays_out_on_hundreds_of_pages()
    {
        var renderer = new PdfRenderer();
        var bytes = renderer.Render(PdfFixtures.Protocol(1000));
        Assert.IsGreaterThan(300, renderer.LastPageCount);
        var path = PdfTools.Save(bytes, "tusen-paragrafer");
        Assert.AreEqual(renderer.LastPageCount.ToString(), PdfTools.Info(path)["Pages"]);
        StringAssert.Contains(PdfTools.Text(path, page: renderer.LastPageCount), $"{renderer.LastPageCount} ({renderer.LastPageCount})");
    }
}
