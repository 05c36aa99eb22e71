using BoardDocs.Engine.Rendering.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Docx;

/// <summary>The fixture rendered once per test and opened read-only.</summary>
internal sealed class RenderedProtocol : IDisposable
{
    public RenderedProtocol(DocxOptions? options = null)
    {
        Bytes = new DocxRenderer(options).Render(ProtocolFixture.Create());
        Package = DocxPackage.Open(Bytes);
    }

    public byte[] Bytes { get; }
    public WordprocessingDocument Package { get; }
    public MainDocumentPart Main => Package.MainDocumentPart!;
    public Body Body => Main.Document.Body!;
    public Styles Styles => Main.StyleDefinitionsPart!.Styles!;

    public Style Style(string id) =>
        Styles.Elements<Style>().SingleOrDefault(s => s.StyleId?.Value == id)
        ?? throw new AssertFailedException($"Stilen '{id}' saknas.");

    public IEnumerable<Paragraph> ParagraphsInStyle(string styleId) =>
        Body.Descendants<Paragraph>().Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == styleId);

    public Paragraph ParagraphWithText(string text) =>
        Body.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText.Contains(text, StringComparison.Ordinal))
        ?? throw new AssertFailedException($"Inget stycke innehåller '{text}'.");

    public Paragraph ParagraphExactly(string text) =>
        Body.Descendants<Paragraph>().FirstOrDefault(p => p.InnerText == text)
        ?? throw new AssertFailedException($"Inget stycke lyder '{text}'.");

    public Table TableWithText(string text) =>
        Body.Elements<Table>().FirstOrDefault(t => t.InnerText.Contains(text, StringComparison.Ordinal))
        ?? throw new AssertFailedException($"Ingen tabell innehåller '{text}'.");

    public void Dispose() => Package.Dispose();
}
