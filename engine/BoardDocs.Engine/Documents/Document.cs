namespace BoardDocs.Engine.Documents;

/// <summary>
/// A finished document, independent of output format. Every renderer (Word, PDF, HTML)
/// renders exactly this; none of them sees YAML, meetings or templates.
/// </summary>
public sealed class Document
{
    /// <summary>Metadata written into the file's properties.</summary>
    public required DocumentInfo Info { get; init; }

    /// <summary>Running header printed on every page, or null for none.</summary>
    public PageHeader? Header { get; init; }

    /// <summary>Running footer printed on every page, or null for none.</summary>
    public PageFooter? Footer { get; init; }

    /// <summary>The body, in reading order.</summary>
    public List<Block> Blocks { get; init; } = new();
}
