namespace BoardDocs.Engine.Publishing;

/// <summary>File formats BoardDocs writes.</summary>
public enum OutputFormat
{
    /// <summary>Word (.docx).</summary>
    Docx,
    /// <summary>PDF (.pdf).</summary>
    Pdf,
    /// <summary>The intermediate Markdown (.md), for template authors.</summary>
    Markdown,
    /// <summary>The document's text paragraph by paragraph with style names (.txt), for review and diffs.</summary>
    Text,
    /// <summary>A self-contained, accessible web page (.html).</summary>
    Html,
}

/// <summary>Parsing of "docx,pdf,html".</summary>
public static class OutputFormats
{
    /// <summary>The file extension (without dot).</summary>
    public static string Extension(this OutputFormat f) => f switch
    {
        OutputFormat.Docx => "docx",
        OutputFormat.Pdf => "pdf",
        OutputFormat.Text => "txt",
        OutputFormat.Html => "html",
        _ => "md",
    };

    /// <summary>Parses a comma-separated list; null with a Swedish reason on error.</summary>
    public static IReadOnlyList<OutputFormat>? Parse(string text, out string? error)
    {
        error = null;
        var result = new List<OutputFormat>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            OutputFormat? f = part.ToLowerInvariant() switch
            {
                "docx" or "word" => OutputFormat.Docx,
                "pdf" => OutputFormat.Pdf,
                "md" or "markdown" => OutputFormat.Markdown,
                "txt" or "text" => OutputFormat.Text,
                "html" or "htm" => OutputFormat.Html,
                _ => null,
            };
            if (f is null)
            {
                error = $"okänt format '{part}': välj docx, pdf, html, md eller txt (flera med komma, t.ex. docx,pdf)";
                return null;
            }
            if (!result.Contains(f.Value)) result.Add(f.Value);
        }
        if (result.Count == 0) error = "inget format angivet: välj docx, pdf, html, md eller txt";
        return result.Count == 0 ? null : result;
    }
}
