using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A board member or substitute from organ.yaml.</summary>
public sealed record Member(string Name, Role Role, SourceSpan Span);
