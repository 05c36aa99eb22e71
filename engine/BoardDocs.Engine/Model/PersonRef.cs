using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A person named in a meeting file, with where the name stands.</summary>
public sealed record PersonRef(string Name, SourceSpan Span);
