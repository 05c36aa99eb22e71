using BoardDocs.Engine.Documents;
using ModelDocument = BoardDocs.Engine.Documents.Document;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Renders a <see cref="ModelDocument"/> as a Word document that a secretary can go on editing:
/// real styles (headings as Word's built-in headings), numbering, tables, header and footer with
/// page fields. The same document always gives the same bytes.
/// </summary>
public sealed class DocxRenderer
{
    private readonly DocxOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Page setup and optional reference document; defaults when null.</param>
    public DocxRenderer(DocxOptions? options = null) => this.options = options ?? new DocxOptions();

    /// <summary>Renders the document to a stream (the whole .docx, deterministic bytes).</summary>
    /// <exception cref="DocxReferenceException">The reference document is missing or unreadable.</exception>
    public void Render(ModelDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);

        using var reference = options.ReferenceDocxPath is { } path ? ReferenceDocument.Open(path) : null;
        using var package = new MemoryStream();
        PackageBuilder.Write(document, options.PageSetup ?? PageSetup.A4, reference, package);
        package.Position = 0;
        ZipNormalizer.Normalize(package, output, document.Info.Timestamp);
    }

    /// <summary>Renders the document to the bytes of a .docx file.</summary>
    /// <exception cref="DocxReferenceException">The reference document is missing or unreadable.</exception>
    public byte[] Render(ModelDocument document)
    {
        using var output = new MemoryStream();
        Render(document, output);
        return output.ToArray();
    }
}
