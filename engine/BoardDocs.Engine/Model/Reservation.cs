using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A reservation against a decision.</summary>
public sealed record Reservation(PersonRef By, string? Text, bool Written, SourceSpan Span);
