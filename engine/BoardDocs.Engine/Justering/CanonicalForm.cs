using System.Security.Cryptography;
using System.Text;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Model;
using BoardDocs.Engine.Numbering;

namespace BoardDocs.Engine.Justering;

/// <summary>
/// The meeting's content as a flat, ordered list of fields — independent of YAML formatting,
/// key order, comments and templates, so that only a change of what the protocol says changes
/// the fingerprint. Rättelser are left out: they are recorded after justering by design.
/// </summary>
public static class CanonicalForm
{
    /// <summary>The fields, in a fixed order.</summary>
    public static List<CanonicalField> Fields(Meeting meeting, ParagraphRange? paragraphs)
    {
        var f = new List<CanonicalField>();
        var file = meeting.Span;
        void Add(string path, string? value, SourceSpan? span = null) => f.Add(new CanonicalField(path, value ?? "", span ?? file));

        Add("datum", SwedishDate(meeting.Date.Value), meeting.Date.Span);
        Add("tid.start", meeting.Start?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Add("tid.slut", meeting.End?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Add("plats", meeting.Place);
        Add("sekreterare", meeting.Secretary?.Value, meeting.Secretary?.Span);
        Add("paragrafer", paragraphs?.ToString());
        if (meeting.Attendance is { } att)
        {
            for (var i = 0; i < att.Voting.Count; i++)
                Add($"närvaro.beslutande[{i}]", att.Voting[i].Person.Name + (att.Voting[i].ServingFor is { } sf ? " | tjänstgör för " + sf.Name : ""), att.Voting[i].Person.Span);
            for (var i = 0; i < att.Substitutes.Count; i++)
                Add($"närvaro.ersättare[{i}]", att.Substitutes[i].Name, att.Substitutes[i].Span);
            for (var i = 0; i < att.Others.Count; i++)
                Add($"närvaro.övriga[{i}]", att.Others[i].Person.Name + " | " + att.Others[i].Title, att.Others[i].Person.Span);
        }
        if (meeting.Adjustment is { } adj)
        {
            for (var i = 0; i < adj.Adjusters.Count; i++)
                Add($"justering.justerare[{i}]", adj.Adjusters[i].Name, adj.Adjusters[i].Span);
            Add("justering.plats", adj.Place);
            Add("justering.justerad", adj.Adjusted is { } j ? SwedishDate(j.Value) : null, adj.Adjusted?.Span);
            Add("justering.anslagen", adj.Announced is { } a ? SwedishDate(a.Value) : null, adj.Announced?.Span);
        }
        foreach (var item in meeting.Items)
        {
            var p = paragraphs is { } r ? $"§ {r.Of(item.Index)}" : $"ärende {item.Index + 1}";
            Add($"{p} rubrik", item.Title.Value, item.Title.Span);
            Add($"{p} typ", item.Type.ToString(), item.Span);
            Add($"{p} diarienummer", item.CaseNumber, item.Span);
            Add($"{p} handläggare", item.Officer, item.Span);
            for (var i = 0; i < item.Attachments.Count; i++)
                Add($"{p} bilagor[{i}]", item.Attachments[i].File + " | " + item.Attachments[i].Title, item.Attachments[i].Span);
            Add($"{p} beredning", item.Preparation, item.Span);
            AddList(f, $"{p} förslag", item.Proposals, item.Span);
            AddList(f, $"{p} beslut", item.Decisions, item.Span);
            for (var i = 0; i < item.Motions.Count; i++)
                Add($"{p} yrkanden[{i}]", item.Motions[i].By.Name + " | " + item.Motions[i].Text, item.Motions[i].Span);
            if (item.Vote is { } v)
            {
                Add($"{p} omröstning.ja", string.Join(", ", v.Yes.Select(x => x.Name)), v.Span);
                Add($"{p} omröstning.nej", string.Join(", ", v.No.Select(x => x.Name)), v.Span);
                Add($"{p} omröstning.avstår", string.Join(", ", v.Abstain.Select(x => x.Name)), v.Span);
            }
            for (var i = 0; i < item.Reservations.Count; i++)
                Add($"{p} reservationer[{i}]", $"{item.Reservations[i].By.Name} | {item.Reservations[i].Text} | {item.Reservations[i].Written}", item.Reservations[i].Span);
            Add($"{p} jäv", string.Join(", ", item.Disqualified.Select(x => x.Name)), item.Span);
            Add($"{p} protokollsanteckning", item.MinutesNote, item.Span);
            Add($"{p} omedelbart_justerad", item.ImmediatelyAdjusted ? "true" : "", item.Span);
            Add($"{p} anslagen", item.ImmediateAnnounced is { } ia ? SwedishDate(ia.Value) : null, item.Span);
            Add($"{p} expedieras", string.Join(", ", item.SendTo), item.Span);
            for (var s = 0; s < item.SubItems.Count; s++)
            {
                var sub = item.SubItems[s];
                Add($"{p} punkter[{s}].rubrik", sub.Title, sub.Span);
                Add($"{p} punkter[{s}].text", sub.Text, sub.Span);
                for (var i = 0; i < sub.Attachments.Count; i++)
                    Add($"{p} punkter[{s}].bilagor[{i}]", sub.Attachments[i].File + " | " + sub.Attachments[i].Title, sub.Attachments[i].Span);
                AddList(f, $"{p} punkter[{s}].förslag", sub.Proposals, sub.Span);
                AddList(f, $"{p} punkter[{s}].beslut", sub.Decisions, sub.Span);
            }
        }
        return f;
    }

    /// <summary>SHA-256 of one field value, hex.</summary>
    public static string Hash(string value) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(value))));

    /// <summary>SHA-256 over all fields ("path=hash" lines), hex.</summary>
    public static string Fingerprint(IEnumerable<CanonicalField> fields)
    {
        var sb = new StringBuilder();
        foreach (var field in fields) sb.Append(field.Path).Append('=').Append(Hash(field.Value)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    private static void AddList(List<CanonicalField> f, string path, List<Located<string>>? values, SourceSpan fallback)
    {
        if (values is null) return;
        for (var i = 0; i < values.Count; i++) f.Add(new CanonicalField($"{path}[{i}]", values[i].Value, values[i].Span));
    }

    // Line endings and trailing spaces are formatting, not content.
    private static string Normalize(string s) =>
        string.Join("\n", s.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())).Trim();

    private static string SwedishDate(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
