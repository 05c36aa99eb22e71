using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Validation;

/// <summary>Collects every problem of a run, so that validation reports all of them at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();
    private readonly object _gate = new();

    /// <summary>All diagnostics in the order reported.</summary>
    public IReadOnlyList<Diagnostic> Items
    {
        get { lock (_gate) return _items.ToList(); }
    }

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors
    {
        get { lock (_gate) return _items.Any(d => d.Severity == Severity.Error); }
    }

    /// <summary>Number of errors.</summary>
    public int ErrorCount
    {
        get { lock (_gate) return _items.Count(d => d.Severity == Severity.Error); }
    }

    /// <summary>Number of warnings.</summary>
    public int WarningCount
    {
        get { lock (_gate) return _items.Count(d => d.Severity == Severity.Warning); }
    }

    /// <summary>Reports an error.</summary>
    public void Error(SourceSpan span, string message) => Add(new Diagnostic(Severity.Error, span, message));

    /// <summary>Reports a warning.</summary>
    public void Warning(SourceSpan span, string message) => Add(new Diagnostic(Severity.Warning, span, message));

    /// <summary>Adds a diagnostic unless an identical one is already there.</summary>
    public void Add(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            if (!_items.Contains(diagnostic)) _items.Add(diagnostic);
        }
    }

    /// <summary>Diagnostics sorted by file, line and column (errors before warnings at the same place).</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        Items.OrderBy(d => d.Span.File, StringComparer.Ordinal)
             .ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)
             .ThenByDescending(d => d.Severity).ToList();
}
