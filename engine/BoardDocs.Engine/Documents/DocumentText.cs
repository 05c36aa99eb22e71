using System.Text;

namespace BoardDocs.Engine.Documents;

/// <summary>
/// A plain-text rendering of the document model, one line per paragraph prefixed with its style
/// (<c>[AttSats] att→godkänna informationen.</c>). Used for snapshots and for comparing the text
/// of the Word and PDF output with what the model says.
/// </summary>
public static class DocumentText
{
    /// <summary>The dump.</summary>
    public static string Dump(Document document)
    {
        var sb = new StringBuilder();
        if (document.Header is { } h)
            sb.AppendLine($"[Sidhuvud] {h.Left} | {h.Center} | {(h.ShowPageNumbers ? "n (N)" : "")} | {h.SubLine}");
        if (document.Footer is { } f)
            sb.AppendLine($"[Sidfot] {string.Join(" | ", f.Boxes)}{(f.Text is null ? "" : " | " + f.Text)}");
        foreach (var block in document.Blocks) Append(sb, block, "");
        return sb.ToString();
    }

    /// <summary>The paragraphs' texts in reading order (no styles), for comparing with extracted PDF text.</summary>
    public static IEnumerable<string> Paragraphs(Document document)
    {
        foreach (var block in document.Blocks)
        foreach (var text in Texts(block))
            yield return text;
    }

    private static IEnumerable<string> Texts(Block block)
    {
        switch (block)
        {
            case Paragraph p: yield return Flat(p.Inlines); break;
            case Heading h: yield return Flat(h.Inlines); break;
            case ListBlock l:
                foreach (var item in l.Items)
                foreach (var b in item)
                foreach (var t in Texts(b)) yield return t;
                break;
            case Table t:
                foreach (var row in t.Rows)
                foreach (var cell in row.Cells)
                foreach (var b in cell.Blocks)
                foreach (var s in Texts(b)) yield return s;
                break;
            case SignatureBlock s:
                if (s.Label is not null) yield return s.Label;
                foreach (var sig in s.Signatures)
                {
                    yield return sig.Name;
                    if (sig.Role.Length > 0) yield return sig.Role;
                }
                break;
            case BoxBlock box:
                yield return box.Title;
                foreach (var b in box.Blocks)
                foreach (var s in Texts(b)) yield return s;
                break;
        }
    }

    private static string Flat(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i.Kind switch
    {
        InlineKind.LineBreak => "\n",
        InlineKind.Tab => " ",
        _ => i.Text,
    }));

    private static void Append(StringBuilder sb, Block block, string indent)
    {
        var keep = block.KeepWithNext ? " ⤓" : "";
        switch (block)
        {
            case Heading h:
                sb.AppendLine($"{indent}[{h.Style}]{keep} {Runs(h.Inlines)}{(h.Bookmark is null ? "" : $"  (bokmärke: {h.Bookmark})")}");
                break;
            case Paragraph p:
                sb.AppendLine($"{indent}[{p.Style}{(p.Alignment == Alignment.Left ? "" : "," + p.Alignment)}]{keep} {Runs(p.Inlines)}");
                break;
            case ListBlock l:
                var n = l.Start;
                foreach (var item in l.Items)
                {
                    sb.AppendLine($"{indent}{(l.Ordered ? $"{n++}." : "•")}");
                    foreach (var b in item) Append(sb, b, indent + "    ");
                }
                break;
            case Table t:
                sb.AppendLine($"{indent}[Tabell{(t.Borders ? "" : " utan ram")}]");
                foreach (var row in t.Rows)
                {
                    sb.AppendLine($"{indent}  {(row.IsHeader ? "[Rubrikrad]" : "[Rad]")}");
                    foreach (var cell in row.Cells)
                    {
                        sb.AppendLine($"{indent}    [Cell]");
                        foreach (var b in cell.Blocks) Append(sb, b, indent + "      ");
                    }
                }
                break;
            case SignatureBlock s:
                sb.AppendLine($"{indent}[Underskrifter] {s.Label}");
                foreach (var sig in s.Signatures) sb.AppendLine($"{indent}  ……………… {sig.Name} / {sig.Role}");
                break;
            case BoxBlock box:
                sb.AppendLine($"{indent}[Ruta] {box.Title}");
                foreach (var b in box.Blocks) Append(sb, b, indent + "  ");
                break;
            case PageBreak:
                sb.AppendLine($"{indent}[Sidbrytning]");
                break;
            case HorizontalRule:
                sb.AppendLine($"{indent}[Linje]");
                break;
        }
    }

    private static string Runs(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i.Kind switch
    {
        InlineKind.LineBreak => "↵",
        InlineKind.Tab => "→",
        _ => i.Bold && i.Italic ? $"***{i.Text}***" : i.Bold ? $"**{i.Text}**" : i.Italic ? $"*{i.Text}*" : i.Text,
    }));
}
