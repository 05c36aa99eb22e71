using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Writes lists as Word list paragraphs with real numbering: the first paragraph of an item carries
/// the number or bullet, further paragraphs are indented to the item's text, nested lists go one level deeper.
/// </summary>
internal sealed class ListWriter
{
    private const int MaxLevel = 8;
    private readonly BlockWriter writer;
    private readonly RenderContext context;

    public ListWriter(BlockWriter writer, RenderContext context)
    {
        this.writer = writer;
        this.context = context;
    }

    public List<OpenXmlElement> Write(ListBlock list, BlockScope scope) => Write(list, 0, scope);

    private List<OpenXmlElement> Write(ListBlock list, int level, BlockScope scope)
    {
        level = Math.Min(level, MaxLevel);
        var numId = list.Ordered ? context.Numbering.Decimal(level, list.Start) : context.Numbering.Bullet();
        var result = new List<OpenXmlElement>();
        foreach (var item in list.Items)
        {
            var numbered = false;
            foreach (var block in item)
            {
                List<OpenXmlElement> elements;
                switch (block)
                {
                    case Paragraph paragraph:
                        var written = ItemParagraph(paragraph, scope);
                        if (numbered)
                        {
                            KeepRules.Properties(written).Indentation = new W.Indentation { Left = Twips.Str(NumberingBuilder.TextIndent(level)) };
                        }
                        else
                        {
                            Number(written, level, numId);
                            numbered = true;
                        }
                        elements = [written];
                        ApplyKeeps(paragraph, elements);
                        break;
                    case ListBlock nested:
                        elements = Write(nested, level + 1, scope);
                        ApplyKeeps(nested, elements);
                        break;
                    default:
                        elements = writer.Write(block, scope);
                        break;
                }
                if (!numbered)
                {
                    // An item that starts with something other than text still shows its number.
                    result.Add(Number(ItemParagraph(new Paragraph(StyleNames.ListParagraph, []), scope), level, numId));
                    numbered = true;
                }
                result.AddRange(elements);
            }
            if (!numbered)
            {
                result.Add(Number(ItemParagraph(new Paragraph(StyleNames.ListParagraph, []), scope), level, numId));
            }
        }
        return result;
    }

    private W.Paragraph ItemParagraph(Paragraph paragraph, BlockScope scope)
    {
        var style = paragraph.Style == StyleNames.Normal ? StyleNames.ListParagraph : StyleIds.For(paragraph.Style);
        var alignment = paragraph.Alignment == Alignment.Left ? scope.DefaultAlignment : paragraph.Alignment;
        return writer.WriteParagraph(style, paragraph.Inlines, alignment, scope.Bold);
    }

    private static W.Paragraph Number(W.Paragraph paragraph, int level, int numId)
    {
        KeepRules.Properties(paragraph).NumberingProperties = new W.NumberingProperties(
            new W.NumberingLevelReference { Val = level },
            new W.NumberingId { Val = numId });
        return paragraph;
    }

    private static void ApplyKeeps(Block block, List<OpenXmlElement> elements)
    {
        if (block.KeepTogether)
        {
            KeepRules.Together(elements);
        }
        if (block.KeepWithNext)
        {
            KeepRules.WithNext(elements);
        }
    }
}
