using BoardDocs.Engine.Content;
using BoardDocs.Engine.Dates;
using BoardDocs.Engine.Model;
using BoardDocs.Engine.Numbering;

namespace BoardDocs.Engine.Templating;

/// <summary>
/// Builds the data a template sees. Every plain-text value is Markdown-escaped here, once, so
/// templates cannot forget it; only the (md) fields — beredning, punkt text, protokollsanteckning —
/// pass through as Markdown. Every key is always present (null or empty when unset) because the
/// templates run in strict mode.
/// </summary>
public static class MeetingView
{
    /// <summary>The view of a meeting. <paramref name="paragraphs"/> is null for a kallelse.</summary>
    public static Dictionary<string, object?> Build(Organ organ, Meeting meeting, ParagraphRange? paragraphs,
        IReadOnlyCollection<int>? onlyParagraphs = null)
    {
        var secretary = meeting.Secretary?.Value ?? organ.Secretary?.Value ?? "";
        var items = meeting.Items
            .Where(i => onlyParagraphs is null || paragraphs is { } r && onlyParagraphs.Contains(r.Of(i.Index)))
            .Select(i => Item(organ, meeting, i, paragraphs)).ToList();
        var adj = meeting.Adjustment;
        var adjusters = adj?.Adjusters.Select(a => a.Name).ToList() ?? [];
        var chair = Chair(organ, meeting);
        var anslag = AnslagView(organ, meeting, paragraphs, onlyParagraphs);

        var signatures = new List<Dictionary<string, object?>>();
        if (chair is not null) signatures.Add(Signature(chair.Name, "ordförande"));
        if (secretary.Length > 0) signatures.Add(Signature(secretary, "sekreterare"));
        foreach (var j in adjusters) signatures.Add(Signature(j, "justerare"));

        return new Dictionary<string, object?>
        {
            ["organ"] = new Dictionary<string, object?>
            {
                ["namn"] = E(organ.Name),
                ["kortnamn"] = E(organ.ShortName),
                ["anslagstavla"] = E(organ.Anslagstavla),
                ["forvaringsplats"] = E(organ.Forvaringsplats),
            },
            ["mote"] = new Dictionary<string, object?>
            {
                ["datum"] = SwedishFormat.Date(meeting.Date.Value),
                ["datum_lang"] = SwedishFormat.Capitalize(SwedishFormat.LongDate(meeting.Date.Value)),
                ["tid"] = SwedishFormat.TimeRange(meeting.Start, meeting.End),
                ["plats"] = E(meeting.Place),
                ["sekreterare"] = E(secretary),
                ["antal_arenden"] = meeting.Items.Count,
                ["antal_arenden_ord"] = SwedishFormat.Words(meeting.Items.Count),
            },
            ["paragrafer"] = paragraphs is not null ? ParagraphText(items) : "",
            ["narvaro"] = Attendance(organ, meeting),
            ["justering"] = new Dictionary<string, object?>
            {
                ["justerare"] = adjusters.Select(E).ToList(),
                ["justerare_text"] = E(JoinNames(adjusters)),
                ["justerad"] = adj?.Adjusted is not null,
                ["datum"] = adj?.Adjusted is { } d ? SwedishFormat.Date(d.Value) : "",
                ["plats"] = E(adj?.Place),
                ["senast"] = adj?.Deadline is { } s ? SwedishFormat.Date(s.Value) : "",
                ["senast_lang"] = adj?.Deadline is { } s2 ? SwedishFormat.LongDate(s2.Value) : "",
            },
            ["anslag"] = anslag,
            ["underskrifter"] = signatures,
            ["ordforande"] = E(chair?.Name),
            ["arenden"] = items,
            ["rattelser"] = meeting.Corrections.Select(c => new Dictionary<string, object?>
            {
                ["vad"] = E(c.What),
                ["av"] = E(c.By),
                ["datum"] = SwedishFormat.Date(c.Date),
                ["paragraf"] = c.Paragraph,
            }).ToList(),
        };
    }

    private static string ParagraphText(List<Dictionary<string, object?>> items)
    {
        var numbers = items.Select(i => (int)i["paragraf"]!).ToList();
        if (numbers.Count == 0) return "";
        var contiguous = numbers.Zip(numbers.Skip(1)).All(x => x.Second == x.First + 1);
        return contiguous ? SwedishFormat.ParagraphSpan(numbers[0], numbers[^1]) : string.Join(", ", numbers);
    }

    /// <summary>
    /// The bevis-om-anslag data: blank strings until the protocol is justerat. For a selection of
    /// omedelbart justerade §§ of a protocol not yet justerat, the §'s own anslag date counts
    /// (default the meeting date).
    /// </summary>
    public static Dictionary<string, object?> AnslagView(Organ organ, Meeting meeting, ParagraphRange? paragraphs = null,
        IReadOnlyCollection<int>? selection = null)
    {
        var adj = meeting.Adjustment;
        AnslagDates? dates = adj?.Adjusted is { } j ? LegalDates.Compute(j.Value, adj.Announced?.Value) : null;
        var immediate = false;
        if (dates is null && selection is { Count: > 0 } && paragraphs is { } range)
        {
            var items = selection.Select(p => meeting.Items[p - range.First]).ToList();
            if (items.All(i => i.ImmediatelyAdjusted))
            {
                var anslag = items.Max(i => i.ImmediateAnnounced?.Value ?? meeting.Date.Value);
                dates = LegalDates.Compute(meeting.Date.Value, anslag);
                immediate = true;
            }
        }
        return new Dictionary<string, object?>
        {
            ["justerad"] = dates is not null,
            ["omedelbart"] = immediate,
            ["datum"] = dates is { } a ? SwedishFormat.Date(a.Anslag) : "",
            ["tas_ner"] = dates is { } b ? SwedishFormat.Date(b.TakeDownAfter) : "",
            ["sista_overklagande"] = dates is { } c ? SwedishFormat.Date(c.LastAppealDay) : "",
            ["anslagstavla"] = E(organ.Anslagstavla ?? "anslagstavlan"),
            ["forvaringsplats"] = E(organ.Forvaringsplats),
            ["underskrift"] = E(organ.AnslagSignatory ?? ""),
        };
    }

    private static Dictionary<string, object?> Signature(string name, string role) => new()
    {
        ["namn"] = E(name),
        ["roll"] = E(role),
    };

    private static Dictionary<string, object?> Attendance(Organ organ, Meeting meeting)
    {
        var att = meeting.Attendance;
        var voting = att?.Voting.Select(v =>
        {
            var member = organ.FindMember(v.Person.Name);
            var role = v.ServingFor is { } sf
                ? $"tjänstgörande ersättare för {sf.Name}"
                : member?.Role.ToSwedish() ?? "";
            return E(role.Length > 0 ? $"{v.Person.Name}, {role}" : v.Person.Name);
        }).ToList() ?? [];
        var substitutes = att?.Substitutes.Select(s => E($"{s.Name}, ersättare")).ToList() ?? [];
        var others = att?.Others.Select(o => E(o.Title is { Length: > 0 } t ? $"{o.Person.Name}, {t}" : o.Person.Name)).ToList() ?? [];
        return new Dictionary<string, object?>
        {
            ["beslutande"] = voting,
            ["ersattare"] = substitutes,
            ["ovriga"] = others,
        };
    }

    /// <summary>Who chairs: the ordförande if serving, else the vice ordförande, else the organ's ordförande.</summary>
    private static Member? Chair(Organ organ, Meeting meeting)
    {
        var voting = meeting.Attendance?.Voting.Select(v => v.Person.Name).ToHashSet();
        if (voting is null) return organ.FindByRole(Role.Ordforande);
        return organ.Members.FirstOrDefault(m => m.Role == Role.Ordforande && voting.Contains(m.Name))
            ?? organ.Members.FirstOrDefault(m => m.Role == Role.ViceOrdforande && voting.Contains(m.Name))
            ?? organ.FindByRole(Role.Ordforande);
    }

    private static Dictionary<string, object?> Item(Organ organ, Meeting meeting, AgendaItem item, ParagraphRange? paragraphs)
    {
        var proposals = item.Proposals?.Select(p => p.Value).ToList() ?? [];
        var decisions = item.Decisions?.Select(p => p.Value).ToList() ?? [];
        var adjusters = meeting.Adjustment?.Adjusters.Select(a => a.Name).ToList() ?? [];
        var openProposal = false;
        if (item.Type == ItemType.ElectionOfAdjusters)
        {
            if (proposals.Count == 0) proposals = ["utse ____________________ till justerare"];
            if (decisions.Count == 0 && adjusters.Count > 0) decisions = [$"utse {JoinNames(adjusters)} till justerare"];
        }
        else if (item.Type == ItemType.Decision && proposals.Count == 0)
        {
            openProposal = true;
        }

        Dictionary<string, object?>? vote = null;
        if (item.Vote is { } v)
        {
            var rows = v.Yes.Select(p => (p.Name, "X", "", ""))
                .Concat(v.No.Select(p => (p.Name, "", "X", "")))
                .Concat(v.Abstain.Select(p => (p.Name, "", "", "X")))
                .Select(r => new Dictionary<string, object?> { ["namn"] = E(r.Name), ["ja"] = r.Item2, ["nej"] = r.Item3, ["avstar"] = r.Item4 })
                .ToList();
            vote = new Dictionary<string, object?>
            {
                ["ja_antal"] = v.Yes.Count,
                ["nej_antal"] = v.No.Count,
                ["avstar_antal"] = v.Abstain.Count,
                ["resultat"] = E(VoteSummary(v.Yes.Count, v.No.Count, v.Abstain.Count)),
                ["rader"] = rows,
            };
        }

        return new Dictionary<string, object?>
        {
            ["nummer"] = item.Index + 1,
            ["paragraf"] = paragraphs?.Of(item.Index),
            ["rubrik"] = E(item.Title.Value),
            ["bilaga_text"] = item.Attachments.Count == 0 ? "" : AttachmentText(item.Attachments, item.Title.Value),
            ["beredning"] = Md(item.Preparation),
            ["diarienummer"] = E(item.CaseNumber),
            ["handlaggare"] = E(item.Officer),
            ["ar_beslut"] = item.Type == ItemType.Decision,
            ["ar_information"] = item.Type == ItemType.Information,
            ["ar_val_av_justerare"] = item.Type == ItemType.ElectionOfAdjusters,
            ["forslag"] = AttClauses(proposals),
            ["forslag_oppet"] = openProposal,
            ["beslut"] = AttClauses(decisions),
            ["yrkanden"] = item.Motions.Select(m => E($"{m.By.Name} yrkar {TrimEnd(m.Text)}.")).ToList(),
            ["omrostning"] = vote,
            ["reservationer"] = item.Reservations.Select(r => E(ReservationText(r))).ToList(),
            ["jav"] = item.Disqualified.Select(j => E($"{j.Name} anmäler jäv och deltar inte i handläggningen av ärendet.")).ToList(),
            ["protokollsanteckning"] = Md(item.MinutesNote),
            ["omedelbart_justerad"] = item.ImmediatelyAdjusted,
            ["expedieras"] = item.SendTo.Count == 0 ? "" : E(string.Join(", ", item.SendTo)),
            ["punkter"] = item.SubItems.Select(s => new Dictionary<string, object?>
            {
                ["rubrik"] = E(s.Title),
                ["bilaga_text"] = s.Attachments.Count == 0 ? "" : AttachmentText(s.Attachments, s.Title),
                ["text"] = Md(s.Text),
                ["forslag"] = AttClauses(s.Proposals?.Select(p => p.Value).ToList() ?? []),
                ["beslut"] = AttClauses(s.Decisions?.Select(p => p.Value).ToList() ?? []),
            }).ToList(),
        };
    }

    private static string VoteSummary(int yes, int no, int abstain)
    {
        static string Plural(int n, string one, string many) => n == 1 ? $"{n} {one}" : $"{n} {many}";
        return $"Omröstning genomförs. Resultat: {Plural(yes, "ja-röst", "ja-röster")}, {Plural(no, "nej-röst", "nej-röster")} och {abstain} som avstår.";
    }

    private static string ReservationText(Reservation r)
    {
        var text = $"{r.By.Name} reserverar sig mot beslutet";
        if (!string.IsNullOrWhiteSpace(r.Text)) text += " " + TrimEnd(r.Text!);
        text += ".";
        if (r.Written) text += " Reservationen är skriftlig och bifogas protokollet.";
        return text;
    }

    // "Se bilaga." as in the reference; titles only when they tell more than the rubrik already does.
    private static string AttachmentText(List<Attachment> attachments, string rubrik)
    {
        var titles = attachments.Where(a => !string.IsNullOrWhiteSpace(a.Title)).Select(a => a.Title!.Trim()).ToList();
        if (titles.All(t => string.Equals(t, rubrik.Trim(), StringComparison.OrdinalIgnoreCase))) titles.Clear();
        var word = attachments.Count == 1 ? "bilaga" : "bilagor";
        return titles.Count == 0 ? $"Se {word}." : E($"Se {word}: {string.Join("; ", titles)}.");
    }

    /// <summary>Att-satser: escaped, the last one ending with a full stop (as in the reference protocol).</summary>
    private static List<string> AttClauses(List<string> clauses)
    {
        var result = new List<string>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var text = clauses[i].Trim();
            if (text.StartsWith("att ", StringComparison.OrdinalIgnoreCase)) text = text[4..].TrimStart();
            if (i == clauses.Count - 1 && !EndsWithPunctuation(text)) text += ".";
            result.Add(E(text));
        }
        return result;
    }

    private static bool EndsWithPunctuation(string s) => s.Length > 0 && ".!?:;…".Contains(s[^1]);

    private static string TrimEnd(string s) => s.Trim().TrimEnd('.');

    /// <summary>"A", "A och B", "A, B och C".</summary>
    public static string JoinNames(IReadOnlyList<string> names) => names.Count switch
    {
        0 => "",
        1 => names[0],
        _ => string.Join(", ", names.Take(names.Count - 1)) + " och " + names[^1],
    };

    private static string E(string? s) => MarkdownEscaper.Escape(s);

    // (md) fields: normalised line endings, and blank-line separated from what follows.
    private static string Md(string? s) => string.IsNullOrWhiteSpace(s) ? "" : s.Replace("\r\n", "\n").Trim();
}
