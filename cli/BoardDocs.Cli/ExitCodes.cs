namespace BoardDocs.Cli;

/// <summary>Process exit codes of the boarddocs command.</summary>
public static class ExitCodes
{
    /// <summary>Success (warnings may have been printed).</summary>
    public const int Ok = 0;
    /// <summary>Errors in the content or the request.</summary>
    public const int ContentError = 1;
    /// <summary>Wrong command line.</summary>
    public const int Usage = 2;
    /// <summary>An unexpected internal error.</summary>
    public const int Internal = 3;
}
