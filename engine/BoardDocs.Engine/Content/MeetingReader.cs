using BoardDocs.Engine.Model;
using BoardDocs.Engine.Validation;
using YamlDotNet.RepresentationModel;

namespace BoardDocs.Engine.Content;

/// <summary>Binds a meeting file (sammantraden/&lt;datum&gt;.yaml) to <see cref="Meeting"/>.</summary>
internal static class MeetingReader
{
    public static Meeting? Read(YamlNode root, string filePath, string key, LoadContext ctx)
    {
        if (root is not YamlMappingNode map)
        {
            ctx.Error(root, $"mötesfilen ska vara ett avsnitt med nycklar (datum, tid, plats, ärenden …), inte {MappingReader.Describe(root)}");
            return null;
        }
        var r = new MappingReader(map, ctx, Keys.Meeting);
        var date = r.Date("datum", required: true);
        TimeOnly? start = null, end = null;
        var time = r.Mapping("tid", required: true);
        if (time is not null)
        {
            var tr = new MappingReader(time, ctx, Keys.Time);
            start = tr.Time("start", required: true)?.Value;
            var endValue = tr.Time("slut");
            end = endValue?.Value;
            if (start is not null && end is not null && end <= start)
                ctx.Diagnostics.Error(endValue!.Span, $"sluttiden {end:HH\\:mm} ligger inte efter starttiden {start:HH\\:mm}");
        }
        var place = r.String("plats", required: true);
        var secretary = r.String("sekreterare");
        var first = r.Int("första_paragraf", min: 1);
        var attendanceNode = r.Mapping("närvaro");
        var attendance = attendanceNode is null ? null : ReadAttendance(attendanceNode, ctx);
        var adjustmentNode = r.Mapping("justering");
        var adjustment = adjustmentNode is null ? null : ReadAdjustment(adjustmentNode, ctx);

        var items = new List<AgendaItem>();
        var itemNodes = r.Sequence("ärenden", required: true);
        if (itemNodes is { Count: 0 })
            ctx.Diagnostics.Error(r.ValueSpan("ärenden")!.Value, "'ärenden' är tom: ett möte behöver minst ett ärende");
        foreach (var node in itemNodes ?? [])
        {
            var item = ReadItem(node, items.Count, ctx);
            if (item is not null) items.Add(item);
        }

        var corrections = new List<Correction>();
        foreach (var node in r.Sequence("rättelser") ?? [])
        {
            if (node is not YamlMappingNode cm)
            {
                ctx.Error(node, "en rättelse ska ha 'vad', 'av' och 'datum'");
                continue;
            }
            var cr = new MappingReader(cm, ctx, Keys.Correction);
            var what = cr.String("vad", required: true);
            var by = cr.String("av", required: true);
            var when = cr.Date("datum", required: true);
            var paragraph = cr.Int("paragraf", min: 1);
            if (what is null || by is null || when is null) continue;
            corrections.Add(new Correction(what.Value, by.Value, when.Value, paragraph?.Value, cr.Span));
        }

        if (date is null || place is null) return null;
        return new Meeting
        {
            FilePath = filePath,
            Span = SourceSpan.ForFile(ctx.DisplayPath),
            Key = key,
            Date = date,
            Start = start,
            End = end,
            Place = place.Value,
            Secretary = secretary,
            FirstParagraph = first,
            Attendance = attendance,
            Adjustment = adjustment,
            Items = items,
            Corrections = corrections,
        };
    }

    private static Attendance ReadAttendance(YamlMappingNode node, LoadContext ctx)
    {
        var r = new MappingReader(node, ctx, Keys.Attendance);
        var voting = new List<VotingMember>();
        foreach (var item in r.Sequence("beslutande") ?? [])
        {
            if (item is YamlMappingNode m)
            {
                var mr = new MappingReader(m, ctx, Keys.VotingMember);
                var name = mr.String("namn", required: true);
                var servingFor = mr.String("tjänstgör_för");
                if (name is null) continue;
                voting.Add(new VotingMember(new PersonRef(name.Value, name.Span),
                    servingFor is null ? null : new PersonRef(servingFor.Value, servingFor.Span)));
            }
            else if (Person(item, "beslutande", ctx) is { } p)
            {
                voting.Add(new VotingMember(p, null));
            }
        }
        var substitutes = People(r, "ersättare", ctx);
        var others = new List<OtherAttendee>();
        foreach (var item in r.Sequence("övriga") ?? [])
        {
            if (item is YamlMappingNode m)
            {
                var mr = new MappingReader(m, ctx, Keys.Other);
                var name = mr.String("namn", required: true);
                if (name is null) continue;
                others.Add(new OtherAttendee(new PersonRef(name.Value, name.Span), mr.String("titel")?.Value));
            }
            else if (Person(item, "övriga", ctx) is { } p)
            {
                others.Add(new OtherAttendee(p, null));
            }
        }
        return new Attendance { Span = r.Span, Voting = voting, Substitutes = substitutes, Others = others };
    }

    private static Adjustment ReadAdjustment(YamlMappingNode node, LoadContext ctx)
    {
        var r = new MappingReader(node, ctx, Keys.Adjustment);
        return new Adjustment
        {
            Span = r.Span,
            Adjusters = People(r, "justerare", ctx),
            Place = r.String("plats")?.Value,
            Deadline = r.Date("senast"),
            Adjusted = r.Date("justerad"),
            Announced = r.Date("anslagen"),
        };
    }

    private static AgendaItem? ReadItem(YamlNode node, int index, LoadContext ctx)
    {
        if (node is not YamlMappingNode map)
        {
            ctx.Error(node, $"ett ärende ska vara ett avsnitt med nycklar (minst 'rubrik'), inte {MappingReader.Describe(node)}");
            return null;
        }
        var r = new MappingReader(map, ctx, Keys.Item);
        var title = r.String("rubrik", required: true);
        var type = ItemType.Decision;
        var typeText = r.String("typ");
        if (typeText is not null)
        {
            switch (typeText.Value)
            {
                case "beslut": type = ItemType.Decision; break;
                case "information": type = ItemType.Information; break;
                case "val_av_justerare": type = ItemType.ElectionOfAdjusters; break;
                default:
                    ctx.Diagnostics.Error(typeText.Span,
                        $"okänd typ '{typeText.Value}': välj beslut, information eller val_av_justerare{Suggestions.Hint(typeText.Value, Keys.ItemTypes)}");
                    break;
            }
        }

        var motions = new List<Motion>();
        foreach (var m in r.Sequence("yrkanden") ?? [])
        {
            if (m is not YamlMappingNode mm)
            {
                ctx.Error(m, "ett yrkande skrivs { av: Namn, text: \"…\" }");
                continue;
            }
            var mr = new MappingReader(mm, ctx, Keys.Motion);
            var by = mr.String("av", required: true);
            var text = mr.String("text", required: true);
            if (by is null || text is null) continue;
            motions.Add(new Motion(new PersonRef(by.Value, by.Span), text.Value, mr.Span));
        }

        Vote? vote = null;
        var voteNode = r.Mapping("omröstning");
        if (voteNode is not null)
        {
            var vr = new MappingReader(voteNode, ctx, Keys.Vote);
            vote = new Vote { Span = vr.Span, Yes = People(vr, "ja", ctx), No = People(vr, "nej", ctx), Abstain = People(vr, "avstår", ctx) };
        }

        var reservations = new List<Reservation>();
        foreach (var m in r.Sequence("reservationer") ?? [])
        {
            if (m is not YamlMappingNode mm)
            {
                if (Person(m, "reservationer", ctx) is { } p) reservations.Add(new Reservation(p, null, false, p.Span));
                continue;
            }
            var mr = new MappingReader(mm, ctx, Keys.Reservation);
            var by = mr.String("av", required: true);
            if (by is null) continue;
            reservations.Add(new Reservation(new PersonRef(by.Value, by.Span), mr.String("text")?.Value, mr.Bool("skriftlig"), mr.Span));
        }

        var subItems = new List<SubItem>();
        foreach (var p in r.Sequence("punkter") ?? [])
        {
            if (p is not YamlMappingNode pm)
            {
                ctx.Error(p, "en punkt skrivs { rubrik: …, text: … }");
                continue;
            }
            var pr = new MappingReader(pm, ctx, Keys.SubItem);
            var subTitle = pr.String("rubrik", required: true);
            if (subTitle is null) continue;
            subItems.Add(new SubItem
            {
                Span = pr.Span,
                Title = subTitle.Value,
                Text = pr.String("text")?.Value,
                Attachments = Attachments(pr, ctx),
                Proposals = pr.StringList("förslag"),
                Decisions = pr.StringList("beslut"),
            });
        }

        if (title is null) return null;
        return new AgendaItem
        {
            Span = r.Span,
            Index = index,
            Title = title,
            Type = type,
            CaseNumber = r.String("diarienummer")?.Value,
            Officer = r.String("handläggare")?.Value,
            Attachments = Attachments(r, ctx),
            Preparation = r.String("beredning")?.Value,
            Proposals = r.StringList("förslag"),
            Decisions = r.StringList("beslut"),
            Motions = motions,
            Vote = vote,
            Reservations = reservations,
            Disqualified = People(r, "jäv", ctx),
            MinutesNote = r.String("protokollsanteckning")?.Value,
            ImmediatelyAdjusted = r.Bool("omedelbart_justerad"),
            ImmediateAnnounced = r.Date("anslagen"),
            SendTo = (r.StringList("expedieras") ?? []).Select(s => s.Value).ToList(),
            SubItems = subItems,
        };
    }

    private static List<Attachment> Attachments(MappingReader r, LoadContext ctx)
    {
        var result = new List<Attachment>();
        foreach (var node in r.Sequence("bilagor") ?? [])
        {
            if (node is YamlMappingNode m)
            {
                var ar = new MappingReader(m, ctx, Keys.Attachment);
                var file = ar.String("fil", required: true);
                if (file is null) continue;
                result.Add(new Attachment(file.Value, ar.String("titel")?.Value, file.Span));
            }
            else if (r.Scalar(node, "bilagor", "en sökväg eller { fil, titel }") is { Length: > 0 } path)
            {
                result.Add(new Attachment(path, null, ctx.At(node)));
            }
        }
        return result;
    }

    private static List<PersonRef> People(MappingReader r, string key, LoadContext ctx)
    {
        var result = new List<PersonRef>();
        foreach (var node in r.Sequence(key) ?? [])
            if (Person(node, key, ctx) is { } p) result.Add(p);
        return result;
    }

    private static PersonRef? Person(YamlNode node, string key, LoadContext ctx)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } name } && !MappingReader.IsNull(node))
            return new PersonRef(name.Trim(), ctx.At(node));
        ctx.Error(node, $"'{key}' ska innehålla namn, inte {MappingReader.Describe(node)}");
        return null;
    }
}
