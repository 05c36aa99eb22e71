using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>justering: who checks and signs the protocol, and when.</summary>
public sealed class Adjustment
{
    /// <summary>Position of the justering key.</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>Justerare (one or more).</summary>
    public List<PersonRef> Adjusters { get; init; } = new();
    /// <summary>Where the justering takes place.</summary>
    public string? Place { get; init; }
    /// <summary>Last day for justering.</summary>
    public Located<DateOnly>? Deadline { get; init; }
    /// <summary>Date signed; from then on the protocol is frozen.</summary>
    public Located<DateOnly>? Adjusted { get; init; }
    /// <summary>Announcement date; defaults to the justering date.</summary>
    public Located<DateOnly>? Announced { get; init; }
}
