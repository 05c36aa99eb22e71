namespace BoardDocs.Engine.Content;

/// <summary>A value together with the place in the YAML it was read from.</summary>
public sealed record Located<T>(T Value, SourceSpan Span)
{
    /// <summary>The value's text.</summary>
    public override string ToString() => Value?.ToString() ?? "";
}
