using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>närvaro: who was present, and in which capacity.</summary>
public sealed class Attendance
{
    /// <summary>Position of the närvaro key.</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>Beslutande: members and serving substitutes.</summary>
    public List<VotingMember> Voting { get; init; } = new();
    /// <summary>Substitutes present but not serving.</summary>
    public List<PersonRef> Substitutes { get; init; } = new();
    /// <summary>Others present (officials, guests).</summary>
    public List<OtherAttendee> Others { get; init; } = new();

    /// <summary>Names of everyone present.</summary>
    public IEnumerable<string> AllNames =>
        Voting.Select(v => v.Person.Name).Concat(Substitutes.Select(s => s.Name)).Concat(Others.Select(o => o.Person.Name));
}

/// <summary>A beslutande: a member, or a substitute serving for a member.</summary>
public sealed record VotingMember(PersonRef Person, PersonRef? ServingFor);

/// <summary>Someone present who is not a member, with a title.</summary>
public sealed record OtherAttendee(PersonRef Person, string? Title);
