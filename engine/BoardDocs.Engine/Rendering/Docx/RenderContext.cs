using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml.Packaging;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>State shared while one document is rendered: ids that must be unique and stable.</summary>
internal sealed class RenderContext
{
    private readonly Dictionary<string, string?> hyperlinks = new(StringComparer.Ordinal);
    private int nextBookmarkId;
    private int linkCount;

    public RenderContext(MainDocumentPart mainPart, PageSetup setup, PageGeometry geometry, NumberingBuilder numbering)
    {
        MainPart = mainPart;
        Setup = setup;
        Geometry = geometry;
        Numbering = numbering;
    }

    public MainDocumentPart MainPart { get; }
    public PageSetup Setup { get; }
    public PageGeometry Geometry { get; }
    public NumberingBuilder Numbering { get; }
    public BookmarkNames BookmarkNames { get; } = new();

    public int NextBookmarkId() => nextBookmarkId++;

    /// <summary>
    /// The relationship id of an external hyperlink, numbered in order of first use so that the
    /// package never gets the SDK's random ids; null when the address is not a usable URI.
    /// </summary>
    public string? HyperlinkId(string url)
    {
        if (hyperlinks.TryGetValue(url, out var known))
        {
            return known;
        }
        string? id = null;
        if (Uri.TryCreate(url.Trim(), UriKind.RelativeOrAbsolute, out var uri))
        {
            id = "rIdLink" + Twips.Str(++linkCount);
            // Relative addresses point at files beside the document, which are external too.
            MainPart.AddHyperlinkRelationship(uri, true, id);
        }
        hyperlinks[url] = id;
        return id;
    }
}
