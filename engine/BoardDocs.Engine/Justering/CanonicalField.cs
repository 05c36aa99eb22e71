using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Justering;

/// <summary>One field of a meeting's canonical form: a readable path, its value, and where it stands.</summary>
/// <param name="Path">E.g. "datum", "närvaro.beslutande[2]", "§ 581 beslut[0]".</param>
/// <param name="Value">The value as text (empty for absent).</param>
/// <param name="Span">Position in the YAML, for messages.</param>
public sealed record CanonicalField(string Path, string Value, SourceSpan Span);
