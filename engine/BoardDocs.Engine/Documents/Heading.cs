namespace BoardDocs.Engine.Documents;

/// <summary>
/// A heading. Headings always keep with the next block. <see cref="Bookmark"/> puts it in the
/// PDF outline and Word navigation (one per § and per kallelse item).
/// </summary>
public sealed class Heading : Block
{
    /// <summary>Creates a heading.</summary>
    public Heading(int level, string style, IEnumerable<Inline> inlines)
    {
        Level = level;
        Style = style;
        Inlines = inlines.ToList();
        KeepWithNext = true;
    }

    /// <summary>Outline level, 1–3.</summary>
    public int Level { get; }

    /// <summary>One of <see cref="StyleNames"/> (Rubrik1/Rubrik2/Rubrik3/Paragraf).</summary>
    public string Style { get; set; }

    /// <summary>The runs.</summary>
    public List<Inline> Inlines { get; }

    /// <summary>Text for the outline (bookmark) entry, or null when this heading gets none.</summary>
    public string? Bookmark { get; set; }

    /// <summary>Concatenated text.</summary>
    public string PlainText => string.Concat(Inlines.Select(i => i.Kind == InlineKind.LineBreak ? " " : i.Text));
}
