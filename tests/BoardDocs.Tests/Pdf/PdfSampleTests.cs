using BoardDocs.Engine.Rendering.Pdf;

namespace BoardDocs.Tests.Pdf;

[TestClass]
public sealed class PdfSampleTests
{
    [TestMethod]
    public void Protocol_sample_renders_to_tmp()
    {
        var renderer = new PdfRenderer();
        var bytes = renderer.Render(PdfFixtures.Protocol());
        File.WriteAllBytes("/tmp/pdf-sample.pdf", bytes);
        Assert.IsGreaterThanOrEqualTo(3, renderer.LastPageCount);
    }
}
