using System.Diagnostics;
using BoardDocs.Engine.Rendering.Pdf;

namespace BoardDocs.Tests.Pdf;

[TestClass]
public sealed class PdfPerformanceTests
{
    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Thousand_paragraph_protocol_renders_quickly()
    {
        var document = PdfFixtures.Protocol(1000);
        var renderer = new PdfRenderer();
        renderer.Render(PdfFixtures.Protocol(3)); // Warm up fonts and JIT.
        var watch = Stopwatch.StartNew();
        var bytes = renderer.Render(document);
        watch.Stop();
        TestContext.WriteLine($"1000 §: {renderer.LastPageCount} sidor, {bytes.Length / 1024} kB, {watch.ElapsedMilliseconds} ms");
        Assert.IsGreaterThan(300, renderer.LastPageCount);
        // Generous bound for debug builds on shared CI machines; release builds must stay under 2 s.
        Assert.IsLessThan(15000, watch.ElapsedMilliseconds);
    }
}
