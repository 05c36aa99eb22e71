using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Writes model blocks as body-level WordprocessingML (paragraphs and tables).</summary>
internal sealed class BlockWriter
{
    private readonly RenderContext context;
    private readonly ListWriter lists;
    private readonly TableWriter tables;
    private readonly SignatureWriter signatures;
    private readonly BoxWriter boxes;

    public BlockWriter(RenderContext context)
    {
        this.context = context;
        Inlines = new InlineWriter(context);
        lists = new ListWriter(this, context);
        tables = new TableWriter(this);
        signatures = new SignatureWriter(this, context);
        boxes = new BoxWriter(this);
    }

    public InlineWriter Inlines { get; }

    /// <summary>Writes blocks in order. Adjacent tables get an empty paragraph between them, since Word would merge them.</summary>
    public List<OpenXmlElement> Write(IEnumerable<Block> blocks, BlockScope scope)
    {
        var result = new List<OpenXmlElement>();
        foreach (var block in blocks)
        {
            result.AddRange(Write(block, scope));
        }
        for (var i = result.Count - 1; i > 0; i--)
        {
            if (result[i] is W.Table && result[i - 1] is W.Table)
            {
                result.Insert(i, Spacer());
            }
        }
        return result;
    }

    /// <summary>Writes one block with its pagination rules applied.</summary>
    public List<OpenXmlElement> Write(Block block, BlockScope scope)
    {
        List<OpenXmlElement> elements = block switch
        {
            Paragraph p => [WriteParagraph(StyleIds.For(p.Style), p.Inlines, p.Alignment == Alignment.Left ? scope.DefaultAlignment : p.Alignment, scope.Bold)],
            Heading h => [WriteHeading(h, scope)],
            ListBlock l => lists.Write(l, scope),
            Table t => [tables.Write(t, scope)],
            SignatureBlock s => [signatures.Write(s, scope)],
            BoxBlock b => [boxes.Write(b, scope)],
            PageBreak => [PageBreakParagraph()],
            HorizontalRule => [Rule()],
            _ => throw new NotSupportedException($"Blocktypen {block.GetType().Name} kan inte skrivas till Word."),
        };
        if (block.KeepTogether)
        {
            KeepRules.Together(elements);
        }
        if (block.KeepWithNext)
        {
            KeepRules.WithNext(elements);
        }
        return elements;
    }

    /// <summary>A paragraph in a style with the given runs.</summary>
    public W.Paragraph WriteParagraph(string styleId, IEnumerable<Inline> inlines, Alignment alignment = Alignment.Left, bool bold = false)
    {
        var properties = new W.ParagraphProperties { ParagraphStyleId = new W.ParagraphStyleId { Val = styleId } };
        if (alignment != Alignment.Left)
        {
            properties.Justification = new W.Justification
            {
                Val = alignment == Alignment.Center ? W.JustificationValues.Center : W.JustificationValues.Right,
            };
        }
        var paragraph = new W.Paragraph(properties);
        Inlines.Append(paragraph, inlines, bold);
        return paragraph;
    }

    /// <summary>An empty paragraph that takes as little room as Word allows.</summary>
    public static W.Paragraph Spacer() => new(new W.ParagraphProperties
    {
        SpacingBetweenLines = new W.SpacingBetweenLines { After = "0", Line = "240", LineRule = W.LineSpacingRuleValues.Auto },
    });

    private W.Paragraph WriteHeading(Heading heading, BlockScope scope)
    {
        var styleId = StyleIds.For(heading.Style);
        var paragraph = WriteParagraph(styleId, heading.Inlines, scope.DefaultAlignment, scope.Bold);
        if (!StyleIds.HasOutlineLevel(styleId))
        {
            // "§ 578" headings use the Paragraf style, which has no level of its own; without one
            // they would be missing from Word's navigation pane.
            KeepRules.Properties(paragraph).OutlineLevel = new W.OutlineLevel { Val = Math.Clamp(heading.Level - 1, 0, 8) };
        }
        if (!string.IsNullOrWhiteSpace(heading.Bookmark))
        {
            var id = Twips.Str(context.NextBookmarkId());
            paragraph.InsertAfter(new W.BookmarkStart { Id = id, Name = context.BookmarkNames.Create(heading.Bookmark) }, paragraph.ParagraphProperties);
            paragraph.Append(new W.BookmarkEnd { Id = id });
        }
        return paragraph;
    }

    private static W.Paragraph PageBreakParagraph() => new(
        new W.ParagraphProperties { SpacingBetweenLines = new W.SpacingBetweenLines { After = "0" } },
        new W.Run(new W.Break { Type = W.BreakValues.Page }));

    private static W.Paragraph Rule() => new(new W.ParagraphProperties
    {
        ParagraphBorders = new W.ParagraphBorders(new W.BottomBorder { Val = W.BorderValues.Single, Size = 6, Space = 1, Color = "auto" }),
    });
}
