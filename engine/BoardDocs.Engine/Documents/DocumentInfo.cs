namespace BoardDocs.Engine.Documents;

/// <summary>Document properties. <see cref="Timestamp"/> comes from the meeting data, never the clock,
/// so that the same input gives byte-identical output.</summary>
public sealed record DocumentInfo
{
    /// <summary>Title, e.g. "Protokoll 2014-11-28 – Samordningsförbundet Skellefteå-Norsjö".</summary>
    public required string Title { get; init; }
    /// <summary>Author: the secretary.</summary>
    public string Author { get; init; } = "";
    /// <summary>Subject, e.g. the organ's name.</summary>
    public string Subject { get; init; } = "";
    /// <summary>Keywords, comma separated.</summary>
    public string Keywords { get; init; } = "";
    /// <summary>BCP 47 language tag of the content.</summary>
    public string Language { get; init; } = "sv-SE";
    /// <summary>Creation/modification time written into the file (UTC).</summary>
    public DateTime Timestamp { get; init; } = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
}
