using BoardDocs.Engine.Templating;

namespace BoardDocs.Engine.Publishing;

/// <summary>Output file names: kallelse.docx, protokoll.pdf, utdrag-580.docx, bevis.pdf, bevis-580.pdf (omedelbart justerad §), rattelse.pdf.</summary>
public static class DocumentFileName
{
    /// <summary>The file name without folder.</summary>
    public static string For(DocumentKind kind, IReadOnlyCollection<int>? paragraphs, OutputFormat format)
    {
        var stem = kind is DocumentKind.Utdrag or DocumentKind.Bevis && paragraphs is { Count: > 0 }
            ? kind.Word() + "-" + string.Join("-", paragraphs.Order())
            : kind.Word();
        return $"{stem}.{format.Extension()}";
    }
}
