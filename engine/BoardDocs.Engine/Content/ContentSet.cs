using BoardDocs.Engine.Validation;

namespace BoardDocs.Engine.Content;

/// <summary>Everything loaded from a content folder, and every problem found.</summary>
public sealed class ContentSet
{
    /// <summary>The organs, ordered by folder name.</summary>
    public List<OrganContent> Organs { get; init; } = new();

    /// <summary>All errors and warnings.</summary>
    public required DiagnosticBag Diagnostics { get; init; }
}
