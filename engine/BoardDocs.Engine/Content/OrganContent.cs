using BoardDocs.Engine.Model;
using BoardDocs.Engine.Numbering;

namespace BoardDocs.Engine.Content;

/// <summary>An organ with its meetings (ordered by date) and their § numbers.</summary>
public sealed class OrganContent
{
    /// <summary>The organ.</summary>
    public required Organ Organ { get; init; }

    /// <summary>Meetings ordered by file name (date, then suffix).</summary>
    public List<Meeting> Meetings { get; init; } = new();

    /// <summary>§ numbers of the meetings that have a protokoll.</summary>
    public Dictionary<Meeting, ParagraphRange> Paragraphs { get; init; } = new();

    /// <summary>The meeting whose file key (e.g. "2014-11-28") matches, or null.</summary>
    public Meeting? FindMeeting(string key) => Meetings.FirstOrDefault(m => m.Key == key);
}
