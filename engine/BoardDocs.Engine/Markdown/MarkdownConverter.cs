using System.Text;
using BoardDocs.Engine.Documents;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Inline = BoardDocs.Engine.Documents.Inline;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace BoardDocs.Engine.Markdown;

/// <summary>
/// Turns the Markdown that templates produce into our document model. Besides CommonMark and
/// pipe tables it understands generic attributes (<c>{.attsats}</c>, <c>{.beslutsformel}</c>,
/// <c>{.paragraf}</c> …) and custom containers (<c>::: faltrad Etikett</c>, <c>::: underskrifter</c>,
/// <c>::: ruta Titel</c>, <c>::: sidbrytning</c>, <c>::: utan-ram</c>, <c>::: hall-ihop</c>).
/// </summary>
public static class MarkdownConverter
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGenericAttributes()
        .UseCustomContainers()
        .Build();

    /// <summary>Parses Markdown and converts it to blocks.</summary>
    public static List<Documents.Block> Convert(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        var blocks = ConvertBlocks(document, borders: true);
        LinkParagraphBookmarks(blocks);
        return blocks;
    }

    private static List<Documents.Block> ConvertBlocks(ContainerBlock container, bool borders)
    {
        var result = new List<Documents.Block>();
        Documents.Table? fieldTable = null;
        foreach (var block in container)
        {
            if (block is CustomContainer { Info: "faltrad" } field)
            {
                if (fieldTable is null)
                {
                    fieldTable = new Documents.Table { ColumnWidths = [45, 120], Borders = false };
                    result.Add(fieldTable);
                }
                var label = new Paragraph(StyleNames.FieldLabel, [new Inline(Unescape(field.Arguments ?? ""), Bold: true)]);
                fieldTable.Rows.Add(new Documents.TableRow
                {
                    Cells = [new Documents.TableCell { Blocks = [label] }, new Documents.TableCell { Blocks = ConvertBlocks(field, false) }],
                });
                continue;
            }
            fieldTable = null;
            result.AddRange(ConvertBlock(block, borders));
        }
        return result;
    }

    private static IEnumerable<Documents.Block> ConvertBlock(Markdig.Syntax.Block block, bool borders)
    {
        var classes = block.TryGetAttributes()?.Classes ?? [];
        switch (block)
        {
            case HeadingBlock h:
            {
                var style = classes.Contains("paragraf") ? StyleNames.Paragraf
                    : classes.Contains("titel") ? StyleNames.Title
                    : h.Level switch { 1 => StyleNames.Heading1, 2 => StyleNames.Heading2, _ => StyleNames.Heading3 };
                var heading = new Heading(Math.Min(h.Level, 3), style, Inlines(h.Inline));
                if (classes.Contains("bokmarke") || classes.Contains("paragraf")) heading.Bookmark = heading.PlainText.Trim();
                yield return heading;
                break;
            }
            case ParagraphBlock p:
            {
                var style = classes.Contains("attsats") ? StyleNames.AttSats
                    : classes.Contains("beslutsformel") ? StyleNames.Beslutsformel
                    : classes.Contains("liten") ? StyleNames.Small
                    : classes.Contains("titel") ? StyleNames.Title
                    : StyleNames.Normal;
                var inlines = Inlines(p.Inline);
                if (style == StyleNames.AttSats) inlines = AttSatsTab(inlines);
                var paragraph = new Paragraph(style, inlines)
                {
                    Alignment = classes.Contains("hoger") ? Alignment.Right : classes.Contains("centrerad") ? Alignment.Center : Alignment.Left,
                    KeepWithNext = style == StyleNames.Beslutsformel || classes.Contains("hall-ihop"),
                };
                yield return paragraph;
                break;
            }
            case Markdig.Syntax.ListBlock list:
            {
                var result = new Documents.ListBlock
                {
                    Ordered = list.IsOrdered,
                    Start = list.IsOrdered && int.TryParse(list.OrderedStart, out var start) ? start : 1,
                };
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var blocks = ConvertBlocks(item, borders);
                    foreach (var para in blocks.OfType<Paragraph>().Where(b => b.Style == StyleNames.Normal))
                        para.Style = StyleNames.ListParagraph;
                    result.Items.Add(blocks);
                }
                yield return result;
                break;
            }
            case MdTable table:
                yield return ConvertTable(table, borders && !classes.Contains("utan-ram"));
                break;
            case CustomContainer c:
                foreach (var b in ConvertContainer(c, borders)) yield return b;
                break;
            case ThematicBreakBlock:
                yield return new HorizontalRule();
                break;
            case FencedCodeBlock or CodeBlock:
            {
                var code = (LeafBlock)block;
                var lines = code.Lines.ToString().Replace("\r", "").TrimEnd('\n').Split('\n');
                var inlines = new List<Inline>();
                for (var i = 0; i < lines.Length; i++)
                {
                    if (i > 0) inlines.Add(Inline.Break);
                    inlines.Add(new Inline(lines[i], Code: true));
                }
                yield return new Paragraph(StyleNames.Normal, inlines);
                break;
            }
            case HtmlBlock html:
                yield return new Paragraph(StyleNames.Normal, [new Inline(html.Lines.ToString().Trim())]);
                break;
            case QuoteBlock quote:
                foreach (var b in ConvertBlocks(quote, borders)) yield return b;
                break;
            case LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            case ContainerBlock other:
                foreach (var b in ConvertBlocks(other, borders)) yield return b;
                break;
        }
    }

    private static IEnumerable<Documents.Block> ConvertContainer(CustomContainer c, bool borders)
    {
        var argument = Unescape(c.Arguments ?? "").Trim();
        switch (c.Info)
        {
            case "sidbrytning":
                yield return new PageBreak();
                break;
            case "ruta":
                yield return new BoxBlock(argument, ConvertBlocks(c, borders));
                break;
            case "underskrifter":
            {
                var people = new List<Signature>();
                foreach (var list in c.OfType<Markdig.Syntax.ListBlock>())
                foreach (var item in list.OfType<ListItemBlock>())
                {
                    var para = item.OfType<ParagraphBlock>().FirstOrDefault();
                    if (para is null) continue;
                    var inlines = Inlines(para.Inline);
                    var cut = inlines.FindIndex(i => i.Kind == InlineKind.LineBreak);
                    var name = Text(cut < 0 ? inlines : inlines.Take(cut));
                    var role = cut < 0 ? "" : Text(inlines.Skip(cut + 1));
                    people.Add(new Signature(name.Trim(), role.Trim()));
                }
                yield return new SignatureBlock(argument.Length == 0 ? null : argument, people);
                break;
            }
            case "utan-ram":
                foreach (var b in ConvertBlocks(c, borders: false)) yield return b;
                break;
            case "hall-ihop":
            {
                var blocks = ConvertBlocks(c, borders);
                for (var i = 0; i < blocks.Count - 1; i++) blocks[i].KeepWithNext = true;
                foreach (var b in blocks) yield return b;
                break;
            }
            default:
                foreach (var b in ConvertBlocks(c, borders)) yield return b;
                break;
        }
    }

    private static Documents.Table ConvertTable(MdTable table, bool borders)
    {
        var result = new Documents.Table
        {
            Borders = borders,
            ColumnWidths = table.ColumnDefinitions.Select(d => d.Width > 0 ? (double)d.Width : 1.0).ToList(),
        };
        foreach (var row in table.OfType<MdTableRow>())
        {
            var r = new Documents.TableRow { IsHeader = row.IsHeader };
            var index = 0;
            foreach (var cell in row.OfType<MdTableCell>())
            {
                var alignment = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index].Alignment : null;
                var blocks = ConvertBlocks(cell, borders);
                r.Cells.Add(new Documents.TableCell
                {
                    Blocks = blocks,
                    Alignment = alignment switch
                    {
                        Markdig.Extensions.Tables.TableColumnAlign.Center => Alignment.Center,
                        Markdig.Extensions.Tables.TableColumnAlign.Right => Alignment.Right,
                        _ => Alignment.Left,
                    },
                });
                index++;
            }
            // Pipe tables may leave trailing cells out; the model wants one cell per column.
            while (r.Cells.Count < result.ColumnWidths.Count) r.Cells.Add(new Documents.TableCell());
            result.Rows.Add(r);
        }
        if (result.ColumnWidths.Count == 0 && result.Rows.Count > 0)
            result.ColumnWidths.AddRange(Enumerable.Repeat(1.0, result.Rows.Max(r => r.Cells.Count)));
        return result;
    }

    private static List<Inline> Inlines(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is not null) AddInlines(container, bold: false, italic: false, url: null, result);
        return Merge(result);
    }

    private static void AddInlines(ContainerInline container, bool bold, bool italic, string? url, List<Inline> result)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline lit:
                    AddText(lit.Content.ToString(), bold, italic, url, false, result);
                    break;
                case EmphasisInline em:
                    var strong = em.DelimiterCount >= 2;
                    AddInlines(em, bold || strong, italic || !strong, url, result);
                    break;
                case LineBreakInline br:
                    if (br.IsHard) result.Add(Inline.Break);
                    else AddText(" ", bold, italic, url, false, result);
                    break;
                case CodeInline code:
                    AddText(code.Content, bold, italic, url, true, result);
                    break;
                case AutolinkInline auto:
                    AddText(auto.Url, bold, italic, auto.IsEmail ? "mailto:" + auto.Url : auto.Url, false, result);
                    break;
                case LinkInline link when !link.IsImage:
                    AddInlines(link, bold, italic, link.Url, result);
                    break;
                case LinkInline image:
                    AddText(image.Title ?? "", bold, italic, null, false, result);
                    break;
                case HtmlEntityInline entity:
                    AddText(entity.Transcoded.ToString(), bold, italic, url, false, result);
                    break;
                case HtmlInline html:
                    AddText(html.Tag, bold, italic, url, false, result);
                    break;
                case ContainerInline nested:
                    AddInlines(nested, bold, italic, url, result);
                    break;
            }
        }
    }

    private static void AddText(string text, bool bold, bool italic, string? url, bool code, List<Inline> result)
    {
        var parts = text.Split('\t');
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0) result.Add(Inline.TabStop);
            if (parts[i].Length > 0) result.Add(new Inline(parts[i], bold, italic, InlineKind.Text, url, code));
        }
    }

    // Adjacent runs with the same formatting become one, so renderers and snapshots see whole words.
    private static List<Inline> Merge(List<Inline> inlines)
    {
        var result = new List<Inline>();
        foreach (var i in inlines)
        {
            if (result.Count > 0 && i.Kind == InlineKind.Text && result[^1] is { Kind: InlineKind.Text } last &&
                last.Bold == i.Bold && last.Italic == i.Italic && last.Url == i.Url && last.Code == i.Code)
                result[^1] = last with { Text = last.Text + i.Text };
            else
                result.Add(i);
        }
        // Generic attributes leave the space before "{.x}" behind.
        if (result.Count > 0 && result[^1] is { Kind: InlineKind.Text } end)
        {
            var trimmed = end.Text.TrimEnd();
            if (trimmed.Length == 0) result.RemoveAt(result.Count - 1);
            else result[^1] = end with { Text = trimmed };
        }
        return result;
    }

    // "att godkänna …" → "att" TAB "godkänna …": the tab gives the hanging indent of an att-sats.
    private static List<Inline> AttSatsTab(List<Inline> inlines)
    {
        if (inlines.Count == 0 || inlines[0] is not { Kind: InlineKind.Text } first) return inlines;
        if (!first.Text.StartsWith("att", StringComparison.Ordinal)) return inlines;
        var rest = first.Text[3..];
        if (rest.Length > 0 && !char.IsWhiteSpace(rest[0]) && rest[0] != '…') return inlines;
        var result = new List<Inline> { first with { Text = "att" }, Inline.TabStop };
        if (rest.TrimStart().Length > 0) result.Add(first with { Text = rest.TrimStart() });
        result.AddRange(inlines.Skip(1));
        return result;
    }

    // A "§ 578" heading directly followed by the item's rubrik gets the rubrik in its outline entry.
    private static void LinkParagraphBookmarks(List<Documents.Block> blocks)
    {
        for (var i = 0; i < blocks.Count - 1; i++)
            if (blocks[i] is Heading { Style: StyleNames.Paragraf } p && blocks[i + 1] is Heading next)
                p.Bookmark = $"{p.PlainText.Trim()} {next.PlainText.Trim()}";
    }

    private static string Text(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var i in inlines) sb.Append(i.Kind == InlineKind.Text ? i.Text : " ");
        return sb.ToString();
    }

    private static string Unescape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && char.IsPunctuation(s[i + 1]) | char.IsSymbol(s[i + 1])) i++;
            sb.Append(s[i]);
        }
        return sb.ToString();
    }
}
