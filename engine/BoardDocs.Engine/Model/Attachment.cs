using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A bilaga: a file relative to the organ folder, with an optional title.</summary>
public sealed record Attachment(string File, string? Title, SourceSpan Span);
