using BoardDocs.Engine.Content;
using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Markdown;
using BoardDocs.Engine.Model;

namespace BoardDocs.Engine.Templating;

/// <summary>
/// Template → Markdown → document model, for one meeting. Decides which documents a meeting can
/// produce and fills in what is not template content: properties, running header and footer.
/// </summary>
public sealed class DocumentComposer(TemplateSet templates)
{
    /// <summary>Builds a document; throws <see cref="DocumentNotAvailableException"/> when the meeting lacks what it needs.</summary>
    public Document Compose(DocumentKind kind, OrganContent content, Meeting meeting, IReadOnlyCollection<int>? paragraphs = null)
        => Compose(kind, content, meeting, paragraphs, out _);

    /// <summary>As <see cref="Compose(DocumentKind, OrganContent, Meeting, IReadOnlyCollection{int}?)"/>, also giving the intermediate Markdown.</summary>
    public Document Compose(DocumentKind kind, OrganContent content, Meeting meeting, IReadOnlyCollection<int>? paragraphs, out string markdown)
    {
        var organ = content.Organ;
        var missing = Missing(kind, content, meeting, paragraphs);
        if (missing is not null) throw new DocumentNotAvailableException(missing);
        var range = content.Paragraphs.TryGetValue(meeting, out var r) ? r : (Numbering.ParagraphRange?)null;
        if (kind == DocumentKind.Kallelse) range = null;
        var selection = kind is DocumentKind.Utdrag or DocumentKind.Bevis && paragraphs is { Count: > 0 } ? paragraphs : null;
        var model = MeetingView.Build(organ, meeting, range, selection);
        markdown = templates.Render(kind.Word(), model);
        var secretary = meeting.Secretary?.Value ?? organ.Secretary?.Value ?? "";
        var date = SwedishFormat.Date(meeting.Date.Value);
        var (title, center) = kind switch
        {
            DocumentKind.Kallelse => ($"Kallelse {date}", "KALLELSE/UNDERRÄTTELSE"),
            DocumentKind.Protokoll => ($"Protokoll {date}", "PROTOKOLL"),
            DocumentKind.Utdrag => ($"Protokollsutdrag {date} § {string.Join(", ", paragraphs!.Order())}", "PROTOKOLLSUTDRAG"),
            DocumentKind.Rattelse => ($"Rättelse av protokoll {date}", "RÄTTELSE"),
            _ => ($"Bevis om anslag {date}", "ANSLAG"),
        };
        var stamp = (meeting.Adjustment?.Adjusted?.Value ?? meeting.Date.Value).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return new Document
        {
            Info = new DocumentInfo
            {
                Title = $"{title} – {organ.Name}",
                Author = secretary,
                Subject = organ.Name,
                Keywords = string.Join(", ", new[] { kind.Word(), organ.ShortName, date }.Concat(
                    kind == DocumentKind.Kallelse ? [] : range is { } rr ? [$"§ {rr}"] : [])),
                Timestamp = stamp,
            },
            Header = new PageHeader(organ.Name, center, date, ShowPageNumbers: true),
            Footer = kind == DocumentKind.Protokoll ? new PageFooter(["Justering (sign)", "Utdragsbestyrkande"]) : null,
            Blocks = MarkdownConverter.Convert(markdown),
        };
    }

    /// <summary>What the meeting lacks for <paramref name="kind"/>, in Swedish, or null when it can be produced.</summary>
    public static string? Missing(DocumentKind kind, OrganContent content, Meeting meeting, IReadOnlyCollection<int>? paragraphs = null)
    {
        var range = content.Paragraphs.TryGetValue(meeting, out var r) ? r : (Numbering.ParagraphRange?)null;
        switch (kind)
        {
            case DocumentKind.Kallelse:
                return meeting.Items.Count == 0 ? $"kallelsen för {meeting.Key} kan inte göras: mötet har inga ärenden" : null;
            case DocumentKind.Protokoll or DocumentKind.Utdrag:
            {
                var reasons = new List<string>();
                if (meeting.Attendance is null) reasons.Add("'närvaro' saknas");
                foreach (var item in meeting.Items.Where(i => i.Type == ItemType.Decision && i.Decisions is not { Count: > 0 }))
                    reasons.Add($"ärende {item.Index + 1} ('{item.Title.Value}') saknar 'beslut'");
                if (reasons.Count == 0 && range is null)
                    reasons.Add("paragrafnumren kunde inte bestämmas");
                var what = kind == DocumentKind.Protokoll ? "protokollet" : "protokollsutdraget";
                if (reasons.Count > 0) return $"{what} för {meeting.Key} kan inte göras ännu: {string.Join("; ", reasons)}";
                if (kind == DocumentKind.Utdrag && (paragraphs is null || paragraphs.Count == 0))
                    return $"ange vilken paragraf utdraget ska gälla (--paragraf), protokollet har § {range}";
                return Outside(meeting, range!.Value, paragraphs);
            }
            case DocumentKind.Bevis:
            {
                if (Missing(DocumentKind.Protokoll, content, meeting) is { } m) return m.Replace("protokollet", "bevis om anslag");
                if (paragraphs is { Count: > 0 })
                {
                    if (Outside(meeting, range!.Value, paragraphs) is { } outside) return outside;
                    if (meeting.IsAdjusted) return null;
                    var notImmediate = paragraphs.Where(p => !meeting.Items[p - range.Value.First].ImmediatelyAdjusted).ToList();
                    return notImmediate.Count == 0 ? null
                        : $"bevis om anslag för § {string.Join(", ", notImmediate)} kan inte göras ännu: protokollet är inte justerat och paragrafen är inte omedelbart justerad";
                }
                return meeting.IsAdjusted ? null
                    : $"bevis om anslag för {meeting.Key} kan inte göras ännu: protokollet är inte justerat ('justering.justerad' saknas)";
            }
            case DocumentKind.Rattelse:
                if (!meeting.IsAdjusted) return $"en rättelse gäller ett justerat protokoll; protokollet för {meeting.Key} är inte justerat";
                return meeting.Corrections.Count == 0 ? $"mötet {meeting.Key} har inga rättelser (lägg till dem under 'rättelser')" : null;
            default:
                return null;
        }
    }

    private static string? Outside(Meeting meeting, Numbering.ParagraphRange range, IReadOnlyCollection<int>? paragraphs)
    {
        var outside = (paragraphs ?? []).Where(p => p < range.First || p > range.Last).ToList();
        return outside.Count == 0 ? null : $"§ {string.Join(", ", outside)} finns inte i protokollet för {meeting.Key} (som har § {range})";
    }

    /// <summary>The documents this meeting can produce now (utdrag: one per §).</summary>
    public static IEnumerable<DocumentKind> Available(OrganContent content, Meeting meeting) =>
        Enum.GetValues<DocumentKind>().Where(k => k == DocumentKind.Utdrag
            ? Missing(DocumentKind.Protokoll, content, meeting) is null
            : Missing(k, content, meeting) is null);
}
