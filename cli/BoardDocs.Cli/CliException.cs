namespace BoardDocs.Cli;

/// <summary>A user-facing failure: its Swedish message is printed as is, with the given exit code.</summary>
public sealed class CliException(string message, int exitCode = ExitCodes.ContentError) : Exception(message)
{
    /// <summary>Exit code to return.</summary>
    public int ExitCode { get; } = exitCode;
}
