using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>
/// A rättelse: a deliberate correction after justering, recorded beside the frozen content and
/// printed as an appendix. The original protocol is never edited.
/// </summary>
public sealed record Correction(string What, string By, DateOnly Date, int? Paragraph, SourceSpan Span);
