using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>A roll-call vote (omröstning).</summary>
public sealed class Vote
{
    /// <summary>Position of the omröstning key.</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>Ja-röster.</summary>
    public List<PersonRef> Yes { get; init; } = new();
    /// <summary>Nej-röster.</summary>
    public List<PersonRef> No { get; init; } = new();
    /// <summary>Avstår.</summary>
    public List<PersonRef> Abstain { get; init; } = new();

    /// <summary>Everyone who took part in the vote.</summary>
    public IEnumerable<PersonRef> All => Yes.Concat(No).Concat(Abstain);
}
