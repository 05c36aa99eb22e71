using BoardDocs.Engine.Model;
using YamlDotNet.RepresentationModel;

namespace BoardDocs.Engine.Content;

/// <summary>Binds organ.yaml to <see cref="Organ"/>.</summary>
internal static class OrganReader
{
    public static Organ? Read(YamlNode root, string folder, LoadContext ctx)
    {
        if (root is not YamlMappingNode map)
        {
            ctx.Error(root, $"organ.yaml ska vara ett avsnitt med nycklar (namn, kortnamn, ledamöter …), inte {MappingReader.Describe(root)}");
            return null;
        }
        var r = new MappingReader(map, ctx, Keys.Organ);
        var name = r.String("namn", required: true);
        var shortName = r.String("kortnamn", required: true);
        var numbering = ParagraphNumberingRule.Continuous;
        var rule = r.String("paragrafnumrering", required: true);
        if (rule is not null)
        {
            switch (rule.Value)
            {
                case "löpande": numbering = ParagraphNumberingRule.Continuous; break;
                case "per_år": numbering = ParagraphNumberingRule.PerYear; break;
                default:
                    ctx.Diagnostics.Error(rule.Span,
                        $"okänd paragrafnumrering '{rule.Value}': välj 'löpande' eller 'per_år'{Validation.Suggestions.Hint(rule.Value, Keys.NumberingRules)}");
                    break;
            }
        }
        var members = new List<Member>();
        foreach (var node in r.Sequence("ledamöter", required: true) ?? [])
        {
            if (node is not YamlMappingNode m)
            {
                ctx.Error(node, "varje ledamot ska ha 'namn' och 'roll', t.ex. { namn: Anna Viklund, roll: ledamot }");
                continue;
            }
            var mr = new MappingReader(m, ctx, Keys.Member);
            var memberName = mr.String("namn", required: true);
            var roleText = mr.String("roll", required: true);
            if (memberName is null || roleText is null) continue;
            var role = RoleText.Parse(roleText.Value);
            if (role is null)
            {
                ctx.Diagnostics.Error(roleText.Span,
                    $"okänd roll '{roleText.Value}': välj ordförande, vice ordförande, ledamot eller ersättare{Validation.Suggestions.Hint(roleText.Value, RoleText.Keys)}");
                // Keep the member (as ledamot) so that the meetings do not also report the name as unknown.
                role = Role.Ledamot;
            }
            if (members.Any(x => x.Name == memberName.Value))
            {
                ctx.Diagnostics.Error(memberName.Span, $"'{memberName.Value}' står två gånger bland ledamöterna");
                continue;
            }
            if (role == Role.Ordforande && members.FirstOrDefault(x => x.Role == Role.Ordforande) is { } chair)
                ctx.Diagnostics.Error(roleText.Span, $"organet kan bara ha en ordförande ('{chair.Name}' är redan ordförande)");
            members.Add(new Member(memberName.Value, role.Value, memberName.Span));
        }

        OrganFonts? fonts = null;
        if (r.Mapping("typsnitt") is { } fontNode)
        {
            var fr = new MappingReader(fontNode, ctx, Keys.Fonts);
            var folders = new List<string>();
            foreach (var f in fr.StringList("mappar") ?? [])
            {
                if (OrganPath.Resolve(folder, f.Value) is not { } full)
                    ctx.Diagnostics.Error(f.Span, $"typsnittsmappen '{f.Value}' måste ligga i organets mapp (relativ sökväg utan '..')");
                else if (!Directory.Exists(full))
                    ctx.Diagnostics.Error(f.Span, $"typsnittsmappen '{f.Value}' finns inte");
                else
                    folders.Add(full);
            }
            fonts = new OrganFonts(fr.String("brödtext")?.Value, fr.String("rubriker")?.Value, folders);
        }

        if (name is null || shortName is null) return null;
        return new Organ
        {
            Id = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)),
            Folder = folder,
            Span = r.Span,
            Name = name.Value,
            ShortName = shortName.Value,
            Numbering = numbering,
            Anslagstavla = r.String("anslagstavla")?.Value,
            Forvaringsplats = r.String("förvaringsplats")?.Value,
            Secretary = r.String("sekreterare"),
            AnslagSignatory = r.String("anslag_underskrift")?.Value,
            Fonts = fonts,
            Members = members,
        };
    }
}
