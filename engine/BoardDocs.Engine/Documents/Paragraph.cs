namespace BoardDocs.Engine.Documents;

/// <summary>Horizontal alignment of a paragraph.</summary>
public enum Alignment
{
    /// <summary>Left (default).</summary>
    Left,
    /// <summary>Centered.</summary>
    Center,
    /// <summary>Right.</summary>
    Right,
}

/// <summary>A paragraph of mixed runs in one style.</summary>
public sealed class Paragraph : Block
{
    /// <summary>Creates a paragraph.</summary>
    public Paragraph(string style, IEnumerable<Inline> inlines)
    {
        Style = style;
        Inlines = inlines.ToList();
    }

    /// <summary>One of <see cref="StyleNames"/>.</summary>
    public string Style { get; set; }

    /// <summary>The runs.</summary>
    public List<Inline> Inlines { get; }

    /// <summary>Alignment override; the style's own when Left.</summary>
    public Alignment Alignment { get; set; }

    /// <summary>Concatenated text (line breaks as '\n', tabs as '\t').</summary>
    public string PlainText => string.Concat(Inlines.Select(i => i.Kind switch
    {
        InlineKind.LineBreak => "\n",
        InlineKind.Tab => "\t",
        _ => i.Text,
    }));
}
