using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>An ärende: one agenda item in the kallelse, one § in the protocol.</summary>
public sealed class AgendaItem
{
    /// <summary>Position of the item in the ärenden list.</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>0-based position in the meeting.</summary>
    public int Index { get; init; }
    /// <summary>rubrik.</summary>
    public required Located<string> Title { get; init; }
    /// <summary>typ.</summary>
    public ItemType Type { get; init; }
    /// <summary>diarienummer.</summary>
    public string? CaseNumber { get; init; }
    /// <summary>handläggare.</summary>
    public string? Officer { get; init; }
    /// <summary>bilagor.</summary>
    public List<Attachment> Attachments { get; init; } = new();
    /// <summary>beredning (Markdown).</summary>
    public string? Preparation { get; init; }
    /// <summary>förslag: att-satser, or null when the key is absent.</summary>
    public List<Located<string>>? Proposals { get; init; }
    /// <summary>beslut: att-satser, or null when the key is absent.</summary>
    public List<Located<string>>? Decisions { get; init; }
    /// <summary>yrkanden.</summary>
    public List<Motion> Motions { get; init; } = new();
    /// <summary>omröstning.</summary>
    public Vote? Vote { get; init; }
    /// <summary>reservationer.</summary>
    public List<Reservation> Reservations { get; init; } = new();
    /// <summary>jäv: members who did not take part.</summary>
    public List<PersonRef> Disqualified { get; init; } = new();
    /// <summary>protokollsanteckning (Markdown).</summary>
    public string? MinutesNote { get; init; }
    /// <summary>omedelbart_justerad.</summary>
    public bool ImmediatelyAdjusted { get; init; }
    /// <summary>Own anslag date of an immediately adjusted § (added optional key <c>anslagen</c>); defaults to the meeting date.</summary>
    public Located<DateOnly>? ImmediateAnnounced { get; init; }
    /// <summary>expedieras.</summary>
    public List<string> SendTo { get; init; } = new();
    /// <summary>punkter.</summary>
    public List<SubItem> SubItems { get; init; } = new();
}
