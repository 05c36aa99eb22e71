namespace BoardDocs.Engine.Publishing;

/// <summary>What <see cref="Publisher.Commit"/> did.</summary>
public sealed class CommitResult
{
    /// <summary>Files written.</summary>
    public List<string> Written { get; } = new();
    /// <summary>Files left as they were because they are the frozen, locked rendering of a justerat protocol.</summary>
    public List<string> KeptLocked { get; } = new();
    /// <summary>Lock files created or completed.</summary>
    public List<string> Locks { get; } = new();
}
