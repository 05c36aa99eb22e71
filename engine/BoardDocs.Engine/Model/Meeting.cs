using BoardDocs.Engine.Content;

namespace BoardDocs.Engine.Model;

/// <summary>One meeting through its whole life: kallelse, protokoll, justerat protokoll.</summary>
public sealed class Meeting
{
    /// <summary>Absolute path of the meeting file.</summary>
    public required string FilePath { get; init; }
    /// <summary>Position of the file (for file-level messages).</summary>
    public required SourceSpan Span { get; init; }
    /// <summary>File name without extension, e.g. "2014-11-28" or "2014-11-28-extra"; used as output folder.</summary>
    public required string Key { get; init; }
    /// <summary>datum.</summary>
    public required Located<DateOnly> Date { get; init; }
    /// <summary>tid.start.</summary>
    public TimeOnly? Start { get; init; }
    /// <summary>tid.slut.</summary>
    public TimeOnly? End { get; init; }
    /// <summary>plats.</summary>
    public string Place { get; init; } = "";
    /// <summary>sekreterare (the meeting's own, or null to use the organ's).</summary>
    public Located<string>? Secretary { get; init; }
    /// <summary>första_paragraf.</summary>
    public Located<int>? FirstParagraph { get; init; }
    /// <summary>närvaro.</summary>
    public Attendance? Attendance { get; init; }
    /// <summary>justering.</summary>
    public Adjustment? Adjustment { get; init; }
    /// <summary>ärenden.</summary>
    public List<AgendaItem> Items { get; init; } = new();
    /// <summary>rättelser: corrections recorded after justering (added optional key).</summary>
    public List<Correction> Corrections { get; init; } = new();

    /// <summary>
    /// A protokoll can be produced: närvaro is set and every item of typ beslut has beslut.
    /// </summary>
    public bool HasProtocol => Attendance is not null && Items.Count > 0 &&
        Items.All(i => i.Type != ItemType.Decision || i.Decisions is { Count: > 0 });

    /// <summary>The meeting is being minuted (närvaro or some beslut filled in), so missing beslut are errors.</summary>
    public bool IsMinuted => Attendance is not null || Items.Any(i => i.Decisions is not null);

    /// <summary>justering.justerad is set.</summary>
    public bool IsAdjusted => Adjustment?.Adjusted is not null;
}
