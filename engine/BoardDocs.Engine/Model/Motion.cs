using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A yrkande made during the meeting.</summary>
public sealed record Motion(PersonRef By, string Text, SourceSpan Span);
