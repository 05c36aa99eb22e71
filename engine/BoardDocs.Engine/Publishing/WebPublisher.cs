using System.Text;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Dates;
using BoardDocs.Engine.Model;
using BoardDocs.Engine.Rendering.Html;
using BoardDocs.Engine.Templating;

namespace BoardDocs.Engine.Publishing;

/// <summary>
/// Plans a public web folder: <c>&lt;web&gt;/index.html</c> listing the organs,
/// <c>&lt;web&gt;/&lt;organ&gt;/index.html</c> listing the justerade protokoll newest first (with
/// § range, links and the last day for an appeal) and the kallelser of coming meetings, and for each
/// <b>justerat</b> meeting its protokoll and bevis om anslag as HTML and PDF. A protocol that is not
/// justerat is never published: it is not final, and may hold what must not be made public yet.
/// </summary>
public sealed class WebPublisher(PublishOptions options)
{
    /// <summary>The formats every published document gets.</summary>
    public static readonly IReadOnlyList<OutputFormat> Formats = [OutputFormat.Html, OutputFormat.Pdf];

    /// <summary>The file name of the index pages.</summary>
    public const string IndexFile = "index.html";

    private readonly Publisher publisher = new(options with { Formats = Formats });

    /// <summary>Every file of the web folder; nothing is written (see <see cref="Publisher.Commit"/>).</summary>
    public List<PlannedFile> Plan(ContentSet set, string webRoot)
    {
        var files = new List<PlannedFile>();
        var organs = new List<(Organ Organ, int Protocols)>();
        foreach (var content in set.Organs)
        {
            var organFolder = Path.Combine(webRoot, content.Organ.Id);
            var published = new List<PublishedProtocol>();
            var coming = new List<Meeting>();
            foreach (var meeting in content.Meetings)
            {
                var folder = Path.Combine(organFolder, meeting.Key);
                if (IsPublishable(content, meeting))
                {
                    files.AddRange(publisher.Plan(content, meeting, DocumentKind.Protokoll, null, folder));
                    files.AddRange(publisher.Plan(content, meeting, DocumentKind.Bevis, null, folder));
                    var adj = meeting.Adjustment!;
                    published.Add(new PublishedProtocol(meeting, content.Paragraphs[meeting].ToString(), adj.Adjusted!.Value,
                        LegalDates.Compute(adj.Adjusted.Value, adj.Announced?.Value)));
                }
                else if (!meeting.IsAdjusted && !meeting.IsMinuted &&
                         DocumentComposer.Missing(DocumentKind.Kallelse, content, meeting) is null)
                {
                    // A kallelse is public; a meeting already being minuted waits for its justerat protocol.
                    files.AddRange(publisher.Plan(content, meeting, DocumentKind.Kallelse, null, folder));
                    coming.Add(meeting);
                }
            }
            files.Add(new PlannedFile(Path.Combine(organFolder, IndexFile), OrganIndex(content.Organ, published, coming)));
            organs.Add((content.Organ, published.Count));
        }
        files.Add(new PlannedFile(Path.Combine(webRoot, IndexFile), RootIndex(organs)));
        return files;
    }

    /// <summary>True when the meeting's protokoll may go on the web: justerat and complete.</summary>
    public static bool IsPublishable(OrganContent content, Meeting meeting) =>
        meeting.IsAdjusted && content.Paragraphs.ContainsKey(meeting) &&
        DocumentComposer.Missing(DocumentKind.Protokoll, content, meeting) is null &&
        DocumentComposer.Missing(DocumentKind.Bevis, content, meeting) is null;

    private sealed record PublishedProtocol(Meeting Meeting, string Paragraphs, DateOnly Adjusted, AnslagDates Dates);

    private static byte[] OrganIndex(Organ organ, List<PublishedProtocol> published, List<Meeting> coming)
    {
        var html = Page(organ.Name, $"Justerade protokoll och kallelser – {organ.Name}");
        html.Open("header", ("class", "sidhuvud")).Line();
        html.Open("p", ("class", "organ")).Open("a", ("href", "../" + IndexFile)).Text("Alla organ").Close("a").Close("p").Line();
        html.Element("h1", organ.Name).Line();
        html.Close("header").Line();
        html.Open("main").Line();

        html.Open("section", ("aria-labelledby", "protokoll")).Line();
        html.Element("h2", "Justerade protokoll", ("id", "protokoll")).Line();
        if (published.Count == 0) html.Element("p", "Inga justerade protokoll ännu.").Line();
        else
        {
            html.Open("ul", ("class", "moten")).Line();
            foreach (var p in published.OrderByDescending(p => p.Meeting.Date.Value).ThenByDescending(p => p.Meeting.Key, StringComparer.Ordinal))
            {
                var key = p.Meeting.Key;
                var date = SwedishFormat.Date(p.Meeting.Date.Value);
                var headingId = "mote-" + HtmlIds.Slug(key, prefixed: true);
                html.Open("li").Open("article", ("aria-labelledby", headingId)).Line();
                html.Open("h3", ("id", headingId)).Text("Sammanträde ").Element("time", date, ("datetime", date)).Close("h3").Line();
                html.Element("p", $"§ {p.Paragraphs}", ("class", "paragrafer")).Line();
                html.Open("ul", ("class", "filer")).Line();
                Links(html, key, "protokoll", "Protokoll");
                Links(html, key, "bevis", "Bevis om anslag");
                html.Close("ul").Line();
                html.Open("p", ("class", "datum")).Text("Justerat ").Element("time", SwedishFormat.Date(p.Adjusted), ("datetime", SwedishFormat.Date(p.Adjusted)))
                    .Text(". Anslaget ").Element("time", SwedishFormat.Date(p.Dates.Anslag), ("datetime", SwedishFormat.Date(p.Dates.Anslag))).Text(".").Close("p").Line();
                var last = SwedishFormat.Date(p.Dates.LastAppealDay);
                html.Open("p", ("class", "overklagande")).Text("Sista dag för överklagande: ").Element("time", last, ("datetime", last)).Close("p").Line();
                html.Close("article").Close("li").Line();
            }
            html.Close("ul").Line();
        }
        html.Close("section").Line();

        if (coming.Count > 0)
        {
            html.Open("section", ("aria-labelledby", "kommande")).Line();
            html.Element("h2", "Kommande sammanträden", ("id", "kommande")).Line();
            html.Open("ul", ("class", "moten")).Line();
            foreach (var m in coming.OrderBy(m => m.Date.Value).ThenBy(m => m.Key, StringComparer.Ordinal))
            {
                var date = SwedishFormat.Date(m.Date.Value);
                var headingId = "kallelse-" + HtmlIds.Slug(m.Key, prefixed: true);
                html.Open("li").Open("article", ("aria-labelledby", headingId)).Line();
                html.Open("h3", ("id", headingId)).Text("Sammanträde ").Element("time", date, ("datetime", date)).Close("h3").Line();
                var where = string.Join(", ", new[] { SwedishFormat.TimeRange(m.Start, m.End), m.Place }.Where(s => s.Length > 0));
                if (where.Length > 0) html.Element("p", where).Line();
                html.Open("ul", ("class", "filer")).Line();
                Links(html, m.Key, "kallelse", "Kallelse");
                html.Close("ul").Line();
                html.Close("article").Close("li").Line();
            }
            html.Close("ul").Line();
            html.Element("p", "Protokollet publiceras här när det har justerats.", ("class", "liten")).Line();
            html.Close("section").Line();
        }
        html.Close("main").Line();
        return End(html);
    }

    private static byte[] RootIndex(List<(Organ Organ, int Protocols)> organs)
    {
        var html = Page("Protokoll och kallelser", "Justerade protokoll och kallelser");
        html.Open("header", ("class", "sidhuvud")).Line();
        html.Element("h1", "Protokoll och kallelser").Line();
        html.Close("header").Line();
        html.Open("main").Line();
        html.Open("ul", ("class", "organ-lista")).Line();
        foreach (var (organ, count) in organs)
        {
            html.Open("li").Open("a", ("href", Href(organ.Id, IndexFile))).Text(organ.Name).Close("a");
            html.Text(count == 1 ? " (1 justerat protokoll)" : $" ({count} justerade protokoll)").Close("li").Line();
        }
        html.Close("ul").Line();
        html.Close("main").Line();
        return End(html);
    }

    private static void Links(HtmlMarkup html, string key, string stem, string label)
    {
        html.Open("li").Open("a", ("href", Href(key, stem + ".html"))).Text(label).Close("a")
            .Text(" (").Open("a", ("href", Href(key, stem + ".pdf")), ("type", "application/pdf")).Text("PDF").Close("a").Text(")")
            .Close("li").Line();
    }

    private static string Href(params string[] segments) => string.Join("/", segments.Select(Uri.EscapeDataString));

    private static HtmlMarkup Page(string title, string description)
    {
        var html = new HtmlMarkup();
        html.Raw("<!DOCTYPE html>").Line();
        html.Open("html", ("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "sv"), ("xml:lang", "sv")).Line();
        html.Open("head").Line();
        html.Void("meta", ("charset", "utf-8")).Line();
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        html.Element("title", title).Line();
        html.Void("meta", ("name", "description"), ("content", description)).Line();
        html.Void("meta", ("name", "generator"), ("content", "BoardDocs")).Line();
        html.Open("style").Raw(HtmlStyles.Css).Raw(HtmlStyles.IndexCss).Close("style").Line();
        html.Close("head").Line();
        html.Open("body").Line();
        return html;
    }

    private static byte[] End(HtmlMarkup html)
    {
        html.Close("body").Line().Close("html").Line();
        return new UTF8Encoding(false).GetBytes(html.ToString());
    }
}
