using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Drawing;
using BoardDocs.Engine.Rendering.Pdf.Styles;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>Turns document blocks into layout elements with their structure (tagging) nodes.</summary>
internal sealed class ElementFactory
{
    readonly LayoutContext _ctx;

    /// <summary>Creates the factory.</summary>
    public ElementFactory(LayoutContext ctx) => _ctx = ctx;

    /// <summary>How a container changes the blocks inside it.</summary>
    /// <param name="Alignment">Alignment for paragraphs that do not set their own (table cells).</param>
    /// <param name="Bold">Force bold (header cells).</param>
    /// <param name="ListDepth">Nesting depth of lists (0 outside lists).</param>
    readonly record struct Scope(Alignment? Alignment = null, bool Bold = false, int ListDepth = 0);

    StyleSheet Styles => _ctx.Styles;

    /// <summary>The page body: all blocks in one stack.</summary>
    public StackElement CreateBody(IEnumerable<Block> blocks) => new(CreateAll(blocks, null, default));

    List<LayoutElement> CreateAll(IEnumerable<Block> blocks, StructNode? parent, Scope scope)
    {
        var result = new List<LayoutElement>();
        foreach (var block in blocks)
        {
            if (Create(block, parent, scope) is { } element)
                result.Add(element);
        }
        return result;
    }

    LayoutElement? Create(Block block, StructNode? parent, Scope scope)
    {
        var element = CreateElement(block, parent, scope);
        if (element is null || block is Paragraph or Heading || block.KeepWithNext == element.KeepWithNext && block.KeepTogether == element.KeepTogether)
            return element;
        return new KeepRulesElement(element, block.KeepWithNext, block.KeepTogether);
    }

    LayoutElement? CreateElement(Block block, StructNode? parent, Scope scope) => block switch
    {
        Heading h => CreateHeading(h, parent),
        Paragraph p => CreateParagraph(p, parent, scope),
        ListBlock l => CreateList(l, parent, scope),
        Table t => CreateTable(t, parent),
        SignatureBlock s => CreateSignatures(s, parent),
        BoxBlock b => CreateBox(b, parent, scope),
        HorizontalRule => new RuleElement(),
        PageBreak => new PageBreakElement(),
        _ => null,
    };

    LayoutElement CreateHeading(Heading heading, StructNode? parent)
    {
        var style = Styles.ForHeading(heading);
        var source = new ParagraphSource(heading.Inlines, style, style.Alignment, _ctx.Fonts, new StructNode(style.Tag, parent))
        {
            Bookmark = heading.Bookmark is { } title ? new BookmarkInfo(Math.Max(1, heading.Level), title) : null,
            KeepWithNext = true,
            KeepTogether = true,
        };
        return new ParagraphElement(source);
    }

    LayoutElement CreateParagraph(Paragraph paragraph, StructNode? parent, Scope scope)
    {
        var style = Styles.Get(paragraph.Style);
        if (scope.Bold)
            style = style with { Bold = true };
        var alignment = paragraph.Alignment != Alignment.Left ? paragraph.Alignment : scope.Alignment ?? style.Alignment;
        var source = new ParagraphSource(paragraph.Inlines, style, alignment, _ctx.Fonts, new StructNode(style.Tag, parent))
        {
            KeepWithNext = paragraph.KeepWithNext || style.KeepWithNext,
            KeepTogether = paragraph.KeepTogether || style.KeepLinesTogether,
        };
        return new ParagraphElement(source);
    }

    LayoutElement CreateList(ListBlock list, StructNode? parent, Scope scope)
    {
        var node = new StructNode("L", parent);
        var normal = Styles.Normal;
        var markerFont = _ctx.Fonts.Get(normal.Family, normal.Size, false, false);
        var items = new List<LayoutElement>(list.Items.Count);
        for (int i = 0; i < list.Items.Count; i++)
        {
            var item = node.Child("LI");
            var marker = list.Ordered ? $"{list.Start + i}." : Bullet(scope.ListDepth);
            var body = CreateAll(list.Items[i], item.Child("LBody"), scope with { ListDepth = scope.ListDepth + 1 });
            items.Add(new ListItemElement(marker, markerFont, item.Child("Lbl"), new StackElement(body)));
        }
        return new StackElement(items, 0, Styles.Setup.ParagraphSpacingPt);
    }

    static string Bullet(int depth) => (depth % 2) == 0 ? "•" : "–";

    LayoutElement CreateTable(Table table, StructNode? parent)
    {
        var node = new StructNode("Table", parent);
        var rows = new List<RowModel>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var tr = node.Child("TR");
            var cells = new List<CellModel>(row.Cells.Count);
            foreach (var cell in row.Cells)
            {
                var td = tr.Child(row.IsHeader ? "TH" : "TD");
                var scope = new Scope(cell.Alignment == Alignment.Left ? null : cell.Alignment, row.IsHeader);
                cells.Add(new CellModel(new StackElement(CreateAll(cell.Blocks, td, scope)), td));
            }
            rows.Add(new RowModel(cells, row.IsHeader));
        }
        var normal = Styles.Normal;
        double minContent = _ctx.Fonts.Get(normal.Family, normal.Size, false, false).LineHeight;
        var model = new TableModel(rows, table.ColumnWidths, table.Borders, minContent, Styles.Setup.ParagraphSpacingPt);
        return new TableElement(model);
    }

    LayoutElement CreateSignatures(SignatureBlock block, StructNode? parent)
    {
        var node = new StructNode("Div", parent);
        var label = Styles.Get(StyleNames.FieldLabel);
        var body = Styles.Normal;
        var model = new SignatureElement.Model(
            block.Label,
            block.Signatures,
            _ctx.Fonts.Get(label.Family, label.Size, label.Bold, label.Italic),
            _ctx.Fonts.Get(body.Family, body.Size - 1, false, false),
            _ctx.Fonts.Get(body.Family, body.Size - 2, false, false),
            node.Child("P"),
            block.Signatures.Select(_ => node.Child("P")).ToList(),
            block.KeepTogether,
            Styles.Setup.ParagraphSpacingPt);
        return new SignatureElement(model);
    }

    LayoutElement CreateBox(BoxBlock box, StructNode? parent, Scope scope)
    {
        var node = new StructNode("Div", parent);
        var titleStyle = Styles.Normal with { Bold = true, SpaceAfter = 4 };
        var title = new ParagraphSource([new Inline(box.Title)], titleStyle, Alignment.Left, _ctx.Fonts, node.Child("P"))
        {
            KeepWithNext = true,
            KeepTogether = true,
        };
        var content = new List<LayoutElement> { new ParagraphElement(title) };
        content.AddRange(CreateAll(box.Blocks, node, scope));
        return new BoxElement(new StackElement(content), box.KeepTogether, Styles.Setup.ParagraphSpacingPt);
    }
}
