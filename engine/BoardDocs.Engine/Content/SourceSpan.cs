namespace BoardDocs.Engine.Content;

/// <summary>
/// Where something came from: a file (as the user named it) and a 1-based line and column.
/// Travels with every value from the YAML to every message, like Scriban's SourceSpan.
/// </summary>
/// <param name="File">Path as shown to the user (relative to the working directory where possible).</param>
/// <param name="Line">1-based line, 0 when unknown.</param>
/// <param name="Column">1-based column, 0 when unknown.</param>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for a whole file (no line).</summary>
    public static SourceSpan ForFile(string file) => new(file, 0, 0);

    /// <summary>"file:line:col", or just "file" when the position is unknown.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}
