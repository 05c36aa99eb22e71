using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

using Numbering = DocumentFormat.OpenXml.Wordprocessing.Numbering;

/// <summary>
/// An organisation's reference .docx, read completely up front so that a broken file fails with a
/// clear message before anything is written.
/// </summary>
internal sealed class ReferenceDocument : IDisposable
{
    private readonly WordprocessingDocument package;

    private ReferenceDocument(WordprocessingDocument package, MainDocumentPart main)
    {
        this.package = package;
        Styles = main.StyleDefinitionsPart?.Styles;
        Numbering = main.NumberingDefinitionsPart?.Numbering;
        Theme = main.ThemePart;
        FontTable = main.FontTablePart;
        Section = main.Document?.Body?.Elements<SectionProperties>().LastOrDefault();
        DefaultHeader = FindDefaultHeader(main, Section);
        // Touch the header now: a malformed part should fail here, with the reference named.
        _ = DefaultHeader?.Header;
    }

    public Styles? Styles { get; }
    public Numbering? Numbering { get; }
    public ThemePart? Theme { get; }
    public FontTablePart? FontTable { get; }
    public SectionProperties? Section { get; }
    public HeaderPart? DefaultHeader { get; }

    /// <summary>Opens <paramref name="path"/>; any failure becomes a <see cref="DocxReferenceException"/> with a Swedish message.</summary>
    public static ReferenceDocument Open(string path)
    {
        if (!File.Exists(path))
        {
            throw Failure(path, "filen finns inte.", null);
        }
        WordprocessingDocument? package = null;
        try
        {
            // Read into memory so the file is not held open and cannot change while we copy from it.
            var bytes = File.ReadAllBytes(path);
            package = WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);
            var main = package.MainDocumentPart ?? throw Failure(path, "filen innehåller inget Word-dokument.", null);
            return new ReferenceDocument(package, main);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OpenXmlPackageException
            or InvalidDataException or FileFormatException or XmlException or NotSupportedException or ArgumentException
            or InvalidOperationException)
        {
            package?.Dispose();
            throw Failure(path, ex.Message, ex);
        }
        catch (DocxReferenceException)
        {
            package?.Dispose();
            throw;
        }
    }

    public void Dispose() => package.Dispose();

    private static HeaderPart? FindDefaultHeader(MainDocumentPart main, SectionProperties? section)
    {
        // A reference without a type is the default header too.
        var reference = section?.Elements<HeaderReference>()
            .FirstOrDefault(h => h.Type is null || h.Type.Value == HeaderFooterValues.Default);
        return reference?.Id?.Value is { } id && main.TryGetPartById(id, out var part) ? part as HeaderPart : null;
    }

    private static DocxReferenceException Failure(string path, string reason, Exception? inner) =>
        new($"Referensdokumentet '{path}' kunde inte läsas: {reason}", inner);
}
