using BoardDocs.Engine.Content;
using BoardDocs.Engine.Dates;
using BoardDocs.Engine.Model;

namespace BoardDocs.Engine.Validation;

/// <summary>
/// The rules that need the whole meeting and its organ: who may appear where, what a protokoll
/// needs, attachment paths and justering dates. Every rule reports and goes on, so that one run
/// shows all problems.
/// </summary>
public static class MeetingValidator
{
    /// <summary>Days after the meeting within which justering is expected.</summary>
    public const int JusteringWarningDays = LegalDates.MaxDaysFromMeetingToJustering;

    /// <summary>Validates one meeting against its organ.</summary>
    public static void Validate(Organ organ, Meeting meeting, DiagnosticBag d)
    {
        var memberNames = organ.Members.Select(m => m.Name).ToList();
        var others = meeting.Attendance?.Others.Select(o => o.Person.Name).ToList() ?? [];
        var known = memberNames.Concat(others).ToList();

        bool RequireKnown(PersonRef p, string where)
        {
            if (known.Contains(p.Name)) return true;
            d.Error(p.Span, $"'{p.Name}' i {where} finns inte i organ.yaml eller bland övriga närvarande{Suggestions.Hint(p.Name, known)}");
            return false;
        }

        if (meeting.Secretary is null && organ.Secretary is null)
            d.Warning(meeting.Span, "ingen sekreterare angiven, varken i mötet eller i organ.yaml");

        var present = new HashSet<string>();
        var voting = new HashSet<string>();
        if (meeting.Attendance is { } att)
        {
            foreach (var v in att.Voting)
            {
                if (organ.FindMember(v.Person.Name) is null)
                    d.Error(v.Person.Span, $"beslutande '{v.Person.Name}' finns inte bland ledamöterna i organ.yaml{Suggestions.Hint(v.Person.Name, memberNames)}");
                if (!present.Add(v.Person.Name))
                    d.Error(v.Person.Span, $"'{v.Person.Name}' står två gånger i närvaron");
                voting.Add(v.Person.Name);
                if (v.ServingFor is { } sf)
                {
                    var replaced = organ.FindMember(sf.Name);
                    if (replaced is null)
                        d.Error(sf.Span, $"tjänstgör_för '{sf.Name}' finns inte bland ledamöterna i organ.yaml{Suggestions.Hint(sf.Name, memberNames)}");
                    else if (replaced.Role == Role.Ersattare)
                        d.Error(sf.Span, $"'{sf.Name}' är ersättare; en ersättare tjänstgör för en ordinarie ledamot");
                    if (att.Voting.Any(o => o.Person.Name == sf.Name))
                        d.Error(sf.Span, $"'{v.Person.Name}' tjänstgör för '{sf.Name}', som själv står bland beslutande");
                    if (organ.FindMember(v.Person.Name) is { Role: not Role.Ersattare })
                        d.Warning(v.Person.Span, $"'{v.Person.Name}' är ordinarie ledamot men anges tjänstgöra för '{sf.Name}'");
                }
                else if (organ.FindMember(v.Person.Name) is { Role: Role.Ersattare })
                {
                    d.Warning(v.Person.Span, $"ersättaren '{v.Person.Name}' står bland beslutande utan 'tjänstgör_för'");
                }
            }
            foreach (var s in att.Substitutes)
            {
                if (organ.FindMember(s.Name) is null)
                    d.Error(s.Span, $"ersättare '{s.Name}' finns inte i organ.yaml{Suggestions.Hint(s.Name, memberNames)}");
                if (!present.Add(s.Name))
                    d.Error(s.Span, $"'{s.Name}' står två gånger i närvaron");
            }
            foreach (var o in att.Others)
                if (!present.Add(o.Person.Name))
                    d.Error(o.Person.Span, $"'{o.Person.Name}' står två gånger i närvaron");
            if (att.Voting.Count == 0)
                d.Error(att.Span, "närvaro saknar beslutande");
        }

        ValidateAdjustment(meeting, present, known, d);

        var electionCount = meeting.Items.Count(i => i.Type == ItemType.ElectionOfAdjusters);
        foreach (var item in meeting.Items)
            ValidateItem(organ, meeting, item, present, voting, RequireKnown, d);
        if (electionCount > 1)
            d.Warning(meeting.Items.Where(i => i.Type == ItemType.ElectionOfAdjusters).Skip(1).First().Span,
                "mötet har mer än ett ärende av typen val_av_justerare");

        foreach (var c in meeting.Corrections)
            if (!meeting.IsAdjusted)
                d.Error(c.Span, "en rättelse kan bara göras i ett justerat protokoll; ändra texten direkt så länge protokollet inte är justerat");
    }

    private static void ValidateAdjustment(Meeting meeting, HashSet<string> present, List<string> known, DiagnosticBag d)
    {
        if (meeting.Adjustment is not { } adj) return;
        foreach (var j in adj.Adjusters)
        {
            if (!known.Contains(j.Name))
                d.Error(j.Span, $"justerare '{j.Name}' finns inte i organ.yaml{Suggestions.Hint(j.Name, known)}");
            else if (meeting.Attendance is not null && !present.Contains(j.Name))
                d.Error(j.Span, $"justerare '{j.Name}' är inte närvarande enligt närvaron");
        }
        var date = meeting.Date.Value;
        if (adj.Adjusted is { } justerad)
        {
            if (adj.Adjusters.Count == 0)
                d.Error(adj.Span, "protokollet är justerat men 'justerare' saknas");
            // Without any ärenden the loader has already reported the cause.
            if (!meeting.HasProtocol && meeting.Items.Count > 0)
                d.Error(justerad.Span, "'justerad' är satt men mötet har inget fullständigt protokoll (närvaro och beslut i varje beslutsärende)");
            if (justerad.Value < date)
                d.Error(justerad.Span, $"justeringsdatum {justerad.Value:yyyy-MM-dd} ligger före sammanträdesdagen {date:yyyy-MM-dd}");
            else if (LegalDates.IsJusteringLate(date, justerad.Value))
                d.Warning(justerad.Span, $"protokollet justerades {justerad.Value.DayNumber - date.DayNumber} dagar efter sammanträdet (mer än {JusteringWarningDays} dagar)");
            if (adj.Announced is { } anslagen)
            {
                if (anslagen.Value < justerad.Value)
                    d.Error(anslagen.Span, $"anslagsdatum {anslagen.Value:yyyy-MM-dd} ligger före justeringsdatum {justerad.Value:yyyy-MM-dd}");
                else if (LegalDates.IsAnslagLate(justerad.Value, anslagen.Value))
                    d.Warning(anslagen.Span, $"justeringen ska tillkännages senast andra dagen efter justeringen ({justerad.Value.AddDays(LegalDates.MaxDaysFromJusteringToAnslag):yyyy-MM-dd}, KL 8 kap. 12 §), men anslagsdatum är {anslagen.Value:yyyy-MM-dd}");
            }
        }
        else if (adj.Announced is { } anslagen)
        {
            d.Error(anslagen.Span, "'anslagen' är satt men protokollet är inte justerat ('justerad' saknas)");
        }
        if (adj.Deadline is { } senast && senast.Value < date)
            d.Error(senast.Span, $"sista justeringsdag {senast.Value:yyyy-MM-dd} ligger före sammanträdesdagen");
    }

    private static void ValidateItem(Organ organ, Meeting meeting, AgendaItem item, HashSet<string> present,
        HashSet<string> voting, Func<PersonRef, string, bool> requireKnown, DiagnosticBag d)
    {
        var label = $"ärende {item.Index + 1} ('{Shorten(item.Title.Value)}')";
        ValidateAttachments(organ, item.Attachments, d);
        foreach (var sub in item.SubItems)
            ValidateAttachments(organ, sub.Attachments, d);

        switch (item.Type)
        {
            case ItemType.Decision:
                if (meeting.IsMinuted && item.Decisions is not { Count: > 0 })
                    d.Error(item.Title.Span, $"{label} är av typen beslut men saknar 'beslut' (krävs för protokollet)");
                else if (!meeting.IsMinuted && item.Proposals is not { Count: > 0 })
                    d.Warning(item.Title.Span, $"{label} saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'");
                break;
            case ItemType.ElectionOfAdjusters:
                if (meeting.IsMinuted && meeting.Adjustment is not { Adjusters.Count: > 0 })
                    d.Error(item.Title.Span, $"{label} väljer justerare men 'justering.justerare' saknas");
                break;
            case ItemType.Information:
                if (item.Proposals is { Count: > 0 } || item.Decisions is { Count: > 0 })
                    d.Warning(item.Title.Span, $"{label} är av typen information men har förslag/beslut; sätt typ: beslut eller lägg besluten under 'punkter'");
                break;
        }

        foreach (var m in item.Motions)
        {
            if (requireKnown(m.By, "yrkanden") && meeting.Attendance is not null && !present.Contains(m.By.Name))
                d.Error(m.By.Span, $"'{m.By.Name}' yrkar men är inte närvarande enligt närvaron");
        }
        var disqualified = item.Disqualified.Select(j => j.Name).ToHashSet();
        foreach (var j in item.Disqualified)
            requireKnown(j, "jäv");
        if (item.Vote is { } vote)
        {
            var seen = new HashSet<string>();
            foreach (var p in vote.All)
            {
                var isKnown = requireKnown(p, "omröstning");
                if (!seen.Add(p.Name))
                    d.Error(p.Span, $"'{p.Name}' röstar mer än en gång i omröstningen");
                else if (isKnown && meeting.Attendance is not null && !voting.Contains(p.Name))
                    d.Error(p.Span, $"'{p.Name}' röstar men är inte beslutande vid sammanträdet");
                if (disqualified.Contains(p.Name))
                    d.Error(p.Span, $"'{p.Name}' anmälde jäv i ärendet men deltar i omröstningen");
            }
        }
        foreach (var r in item.Reservations)
        {
            if (requireKnown(r.By, "reservationer") && meeting.Attendance is not null && !voting.Contains(r.By.Name))
                d.Error(r.By.Span, $"'{r.By.Name}' reserverar sig men deltog inte i beslutet (bara beslutande kan reservera sig)");
            else if (disqualified.Contains(r.By.Name))
                d.Error(r.By.Span, $"'{r.By.Name}' anmälde jäv i ärendet och kan inte reservera sig mot beslutet");
        }
        if (item.ImmediateAnnounced is { } anslagen && !item.ImmediatelyAdjusted)
            d.Error(anslagen.Span, "'anslagen' på ett ärende gäller bara med omedelbart_justerad: true");
        if (item.ImmediateAnnounced is { } a2 && a2.Value < meeting.Date.Value)
            d.Error(a2.Span, "paragrafens anslagsdatum ligger före sammanträdesdagen");
    }

    private static void ValidateAttachments(Organ organ, List<Attachment> attachments, DiagnosticBag d)
    {
        foreach (var a in attachments)
        {
            if (OrganPath.Resolve(organ.Folder, a.File) is not { } full)
            {
                d.Error(a.Span, $"bilagan '{a.File}' måste ligga i organets mapp (relativ sökväg utan '..', t.ex. bilagor/fil.pdf)");
                continue;
            }
            if (!File.Exists(full))
            {
                var folder = Path.GetDirectoryName(full)!;
                var candidates = Directory.Exists(folder)
                    ? Directory.GetFiles(folder).Select(f => Path.GetRelativePath(organ.Folder, f).Replace('\\', '/'))
                    : [];
                d.Error(a.Span, $"bilagan '{a.File}' finns inte{Suggestions.Hint(a.File.Replace('\\', '/'), candidates)}");
            }
        }
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..37] + "…";
}
