using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Validation;

/// <summary>A problem in the content, with its position and a Swedish message.</summary>
public sealed record Diagnostic(Severity Severity, SourceSpan Span, string Message)
{
    /// <summary>"fel" or "varning".</summary>
    public string SeverityText => Severity == Severity.Error ? "fel" : "varning";

    /// <summary>The form printed to users: <c>path:line:col: fel: message</c>.</summary>
    public override string ToString() => $"{Span}: {SeverityText}: {Message}";
}
