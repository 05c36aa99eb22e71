using System.Globalization;
using System.Text;
using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Html;

/// <summary>
/// Renders a <see cref="Document"/> as one self-contained, accessible HTML5 page for the web:
/// UTF-8, inline stylesheet (screen and print), no scripts and no external resources. The markup
/// is also well-formed XML (closed tags, escaped text), so it can be checked with an XML parser.
/// The page header shows organ, document kind and date (no page numbers on the web); signature
/// lines become a list of names and roles; a table of contents links the bookmarked headings
/// when there are three or more. The same document always gives the same bytes.
/// </summary>
public sealed class HtmlRenderer
{
    /// <summary>Bookmarked headings needed before a table of contents is written.</summary>
    public const int TableOfContentsThreshold = 3;

    /// <summary>Renders the page as UTF-8 bytes (no byte order mark).</summary>
    public byte[] Render(Document document) => new UTF8Encoding(false).GetBytes(RenderText(document));

    /// <summary>Renders the page as text.</summary>
    public string RenderText(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = new HtmlIds();
        var headingIds = new Dictionary<Heading, string>(ReferenceEqualityComparer.Instance);
        var bookmarked = new List<Heading>();
        foreach (var h in Headings(document.Blocks).Where(h => h.Bookmark is { Length: > 0 }))
        {
            headingIds[h] = ids.ForBookmark(h.Bookmark!);
            bookmarked.Add(h);
        }

        var html = new HtmlMarkup();
        var info = document.Info;
        html.Raw("<!DOCTYPE html>").Line();
        html.Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", PrimaryLanguage(info.Language)), ("xml:lang", PrimaryLanguage(info.Language))).Line();
        html.Open("head").Line();
        html.Void("meta", ("charset", "utf-8")).Line();
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Element("title", info.Title).Line();
        if (info.Author.Length > 0) html.Void("meta", ("name", "author"), ("content", info.Author)).Line();
        if (info.Subject.Length > 0) html.Void("meta", ("name", "description"), ("content", info.Subject)).Line();
        if (info.Keywords.Length > 0) html.Void("meta", ("name", "keywords"), ("content", info.Keywords)).Line();
        html.Void("meta", ("name", "generator"), ("content", "BoardDocs")).Line();
        html.Open("style").Raw(HtmlStyles.Css).Close("style").Line();
        html.Close("head").Line();
        html.Open("body").Line();

        var hasTitle = Headings(document.Blocks).Any(h => h.Level == 1) ||
                       document.Blocks.OfType<Paragraph>().Any(p => p.Style == StyleNames.Title);
        WriteHeader(html, document.Header, info, asTitle: !hasTitle);
        if (bookmarked.Count >= TableOfContentsThreshold) WriteContents(html, bookmarked, headingIds);

        html.Open("main").Line();
        var writer = new HtmlBlockWriter(html, ids, headingIds);
        writer.WriteBlocks(document.Blocks);
        html.Close("main").Line();

        if (document.Footer?.Text is { Length: > 0 } footer)
            html.Open("footer", ("class", "sidfot")).Element("p", footer).Close("footer").Line();
        html.Close("body").Line();
        html.Close("html").Line();
        return html.ToString();
    }

    // Organ, document kind and date. When the body has no title of its own, the kind and date
    // are the page's h1, so that every page has exactly one top heading.
    private static void WriteHeader(HtmlMarkup html, PageHeader? header, DocumentInfo info, bool asTitle)
    {
        html.Open("header", ("class", "sidhuvud")).Line();
        if (header is null)
        {
            if (asTitle) html.Element("h1", info.Title).Line();
            html.Close("header").Line();
            return;
        }
        if (header.Left.Length > 0) html.Element("p", header.Left, ("class", "organ")).Line();
        var tag = asTitle ? "h1" : "p";
        html.Open(tag, ("class", "dokument"));
        html.Element("span", header.Center, ("class", "dokumenttyp"));
        if (header.SubLine is { Length: > 0 } sub)
        {
            html.Raw(" ");
            var iso = DateOnly.TryParseExact(sub, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
            html.Element(iso ? "time" : "span", sub, ("class", "datum"), ("datetime", iso ? sub : null));
        }
        html.Close(tag).Line();
        html.Close("header").Line();
    }

    private static void WriteContents(HtmlMarkup html, List<Heading> headings, Dictionary<Heading, string> ids)
    {
        html.Open("nav", ("class", "innehall"), ("aria-labelledby", "innehall-rubrik")).Line();
        html.Element("h2", "Innehåll", ("id", "innehall-rubrik")).Line();
        html.Open("ol").Line();
        foreach (var h in headings)
            html.Open("li").Open("a", ("href", "#" + ids[h])).Text(h.Bookmark).Close("a").Close("li").Line();
        html.Close("ol").Line();
        html.Close("nav").Line();
    }

    // Every heading in reading order, also inside boxes, lists and table cells.
    private static IEnumerable<Heading> Headings(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case Heading h:
                    yield return h;
                    break;
                case BoxBlock box:
                    foreach (var h in Headings(box.Blocks)) yield return h;
                    break;
                case ListBlock list:
                    foreach (var item in list.Items)
                    foreach (var h in Headings(item)) yield return h;
                    break;
                case Table table:
                    foreach (var row in table.Rows)
                    foreach (var cell in row.Cells)
                    foreach (var h in Headings(cell.Blocks)) yield return h;
                    break;
            }
        }
    }

    // "sv-SE" → "sv": the page is Swedish; the region adds nothing for a reader or a screen reader.
    private static string PrimaryLanguage(string tag)
    {
        var primary = tag.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary.Length is >= 2 and <= 8 && primary.All(char.IsAsciiLetterLower) ? primary : "sv";
    }
}
