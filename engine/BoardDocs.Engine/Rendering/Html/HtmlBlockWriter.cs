using System.Globalization;
using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Html;

/// <summary>Writes the body blocks and their inlines as semantic HTML.</summary>
internal sealed class HtmlBlockWriter(HtmlMarkup html, HtmlIds ids, IReadOnlyDictionary<Heading, string> headingIds)
{
    public void WriteBlocks(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) WriteBlock(block);
    }

    private void WriteBlock(Block block)
    {
        switch (block)
        {
            case Heading h: WriteHeading(h); break;
            case Paragraph p: WriteParagraph(p, null); break;
            case ListBlock l: WriteList(l); break;
            case Table t: WriteTable(t); break;
            case SignatureBlock s: WriteSignatures(s); break;
            case BoxBlock b: WriteBox(b); break;
            case PageBreak: html.Void("hr", ("class", "sidbrytning"), ("aria-hidden", "true")).Line(); break;
            case HorizontalRule: html.Void("hr").Line(); break;
        }
    }

    private void WriteHeading(Heading h)
    {
        var tag = "h" + Math.Clamp(h.Level, 1, 3).ToString(CultureInfo.InvariantCulture);
        html.Open(tag, ("id", headingIds.GetValueOrDefault(h)), ("class", StyleClass(h.Style)));
        WriteInlines(h.Inlines);
        html.Close(tag).Line();
    }

    private void WriteParagraph(Paragraph p, Alignment? cellAlignment)
    {
        var alignment = p.Alignment != Alignment.Left ? p.Alignment : cellAlignment ?? Alignment.Left;
        var classes = Classes(StyleClass(p.Style), AlignmentClass(alignment));
        html.Open("p", ("class", classes));
        if (p.Style == StyleNames.AttSats && p.Inlines.FindIndex(i => i.Kind == InlineKind.Tab) is var tab and >= 0)
        {
            // "att" hangs in the margin; the clause wraps at the indent (see the stylesheet).
            html.Open("span", ("class", "att"));
            WriteInlines(p.Inlines.Take(tab));
            html.Raw(" ").Close("span");
            WriteInlines(p.Inlines.Skip(tab + 1));
        }
        else
        {
            WriteInlines(p.Inlines);
        }
        html.Close("p").Line();
    }

    private void WriteList(ListBlock list)
    {
        var tag = list.Ordered ? "ol" : "ul";
        html.Open(tag, ("start", list.Ordered && list.Start != 1 ? list.Start.ToString(CultureInfo.InvariantCulture) : null)).Line();
        foreach (var item in list.Items)
        {
            html.Open("li");
            // A single paragraph item is written inline, so the list reads like a list, not like paragraphs.
            if (item is [Paragraph { Style: StyleNames.ListParagraph or StyleNames.Normal } only])
            {
                WriteInlines(only.Inlines);
            }
            else
            {
                html.Line();
                WriteBlocks(item);
            }
            html.Close("li").Line();
        }
        html.Close(tag).Line();
    }

    private void WriteTable(Table table)
    {
        html.Open("table", ("class", table.Borders ? "ram" : "utan-ram")).Line();
        var total = table.ColumnWidths.Where(w => w > 0).Sum();
        if (total > 0 && table.ColumnWidths.All(w => w > 0))
        {
            html.Open("colgroup");
            foreach (var w in table.ColumnWidths)
                html.Void("col", ("style", $"width:{(w / total * 100).ToString("0.##", CultureInfo.InvariantCulture)}%"));
            html.Close("colgroup").Line();
        }
        var head = table.Rows.TakeWhile(r => r.IsHeader).ToList();
        var body = table.Rows.Skip(head.Count).ToList();
        if (head.Count > 0)
        {
            html.Open("thead").Line();
            foreach (var row in head) WriteRow(row, header: true);
            html.Close("thead").Line();
        }
        html.Open("tbody").Line();
        foreach (var row in body) WriteRow(row, header: row.IsHeader);
        html.Close("tbody").Line();
        html.Close("table").Line();
    }

    private void WriteRow(TableRow row, bool header)
    {
        html.Open("tr");
        foreach (var cell in row.Cells)
        {
            // A field label ("Plats och tid") heads its row.
            var rowHeader = !header && cell == row.Cells[0] && row.Cells.Count > 1 &&
                            cell.Blocks is [Paragraph { Style: StyleNames.FieldLabel }];
            var tag = header || rowHeader ? "th" : "td";
            html.Open(tag, ("scope", header ? "col" : rowHeader ? "row" : null), ("class", AlignmentClass(cell.Alignment)));
            if (cell.Blocks is [Paragraph only])
            {
                // One paragraph: its runs directly in the cell, with the style as a class on a span when it matters.
                var style = StyleClass(only.Style);
                if (style is null || header) WriteInlines(only.Inlines);
                else
                {
                    html.Open("span", ("class", style));
                    WriteInlines(only.Inlines);
                    html.Close("span");
                }
            }
            else
            {
                foreach (var b in cell.Blocks)
                {
                    if (b is Paragraph p) WriteParagraph(p, cell.Alignment);
                    else WriteBlock(b);
                }
            }
            html.Close(tag);
        }
        html.Close("tr").Line();
    }

    private void WriteSignatures(SignatureBlock block)
    {
        html.Open("div", ("class", "underskrifter")).Line();
        if (block.Label is { Length: > 0 } label) html.Element("p", label, ("class", "etikett")).Line();
        html.Open("ul").Line();
        foreach (var s in block.Signatures)
        {
            html.Open("li").Element("span", s.Name, ("class", "namn"));
            if (s.Role.Length > 0) html.Raw(", ").Element("span", s.Role, ("class", "roll"));
            html.Close("li").Line();
        }
        html.Close("ul").Line();
        html.Close("div").Line();
    }

    private void WriteBox(BoxBlock box)
    {
        var id = ids.Next("ruta");
        html.Open("section", ("class", "ruta"), ("aria-labelledby", id)).Line();
        html.Element("h2", box.Title, ("id", id)).Line();
        WriteBlocks(box.Blocks);
        html.Close("section").Line();
    }

    public void WriteInlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
        {
            switch (inline.Kind)
            {
                case InlineKind.LineBreak: html.Void("br"); continue;
                case InlineKind.Tab: html.Raw(" "); continue;
            }
            if (inline.Text.Length == 0) continue;
            var href = SafeUrl(inline.Url);
            if (href is not null) html.Open("a", ("href", href), ("rel", "noopener"));
            if (inline.Bold) html.Open("strong");
            if (inline.Italic) html.Open("em");
            if (inline.Code) html.Open("code");
            html.Text(inline.Text);
            if (inline.Code) html.Close("code");
            if (inline.Italic) html.Close("em");
            if (inline.Bold) html.Close("strong");
            if (href is not null) html.Close("a");
        }
    }

    /// <summary>
    /// The link target when it is safe to follow: http(s), mailto, tel, a fragment or a relative
    /// path. A <c>javascript:</c> or <c>data:</c> link from the content is written as plain text.
    /// </summary>
    internal static string? SafeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var trimmed = url.Trim();
        var colon = trimmed.IndexOf(':');
        var slash = trimmed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon)) return trimmed; // relative
        var scheme = trimmed[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto" or "tel" ? trimmed : null;
    }

    internal static string? StyleClass(string style) => style switch
    {
        StyleNames.Normal => null,
        StyleNames.Title => "titel",
        StyleNames.Heading1 => null,
        StyleNames.Heading2 => null,
        StyleNames.Heading3 => null,
        StyleNames.Paragraf => "paragraf",
        StyleNames.AttSats => "attsats",
        StyleNames.Beslutsformel => "beslutsformel",
        StyleNames.Small => "liten",
        StyleNames.FieldLabel => "faltetikett",
        StyleNames.ListParagraph => null,
        _ => HtmlIds.Slug(style),
    };

    private static string? AlignmentClass(Alignment a) => a switch
    {
        Alignment.Center => "centrerad",
        Alignment.Right => "hogerstalld",
        _ => null,
    };

    private static string? Classes(params string?[] classes)
    {
        var joined = string.Join(' ', classes.Where(c => c is not null));
        return joined.Length == 0 ? null : joined;
    }
}
