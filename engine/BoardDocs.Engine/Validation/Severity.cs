namespace BoardDocs.Engine.Validation;

/// <summary>How serious a diagnostic is.</summary>
public enum Severity
{
    /// <summary>Output can still be produced ("varning").</summary>
    Warning,
    /// <summary>Nothing is rendered ("fel").</summary>
    Error,
}
