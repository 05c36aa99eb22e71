using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A punkt under an ärende (e.g. in Informationsärenden or Övriga frågor).</summary>
public sealed class SubItem
{
    /// <summary>Position of the punkt.</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>Heading.</summary>
    public required string Title { get; init; }
    /// <summary>Text (Markdown).</summary>
    public string? Text { get; init; }
    /// <summary>Attachments (added optional key).</summary>
    public List<Attachment> Attachments { get; init; } = new();
    /// <summary>Proposals (added optional key), or null when absent.</summary>
    public List<Located<string>>? Proposals { get; init; }
    /// <summary>Decisions (added optional key), or null when absent.</summary>
    public List<Located<string>>? Decisions { get; init; }
}
