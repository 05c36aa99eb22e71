namespace BoardDocs.Engine.Documents;

/// <summary>The kind of an inline element.</summary>
public enum InlineKind
{
    /// <summary>Text.</summary>
    Text,
    /// <summary>A forced line break within the paragraph.</summary>
    LineBreak,
    /// <summary>A tab (used by "att" + tab + text in att-satser).</summary>
    Tab,
}

/// <summary>A run of text with one formatting. A paragraph is a list of these.</summary>
/// <param name="Text">The text; empty for <see cref="InlineKind.LineBreak"/> and <see cref="InlineKind.Tab"/>.</param>
/// <param name="Bold">Bold.</param>
/// <param name="Italic">Italic.</param>
/// <param name="Kind">Text, line break or tab.</param>
/// <param name="Url">Hyperlink target, or null.</param>
/// <param name="Code">Monospace.</param>
public sealed record Inline(string Text, bool Bold = false, bool Italic = false, InlineKind Kind = InlineKind.Text, string? Url = null, bool Code = false)
{
    /// <summary>A line break.</summary>
    public static Inline Break { get; } = new("", Kind: InlineKind.LineBreak);
    /// <summary>A tab.</summary>
    public static Inline TabStop { get; } = new("", Kind: InlineKind.Tab);
}
