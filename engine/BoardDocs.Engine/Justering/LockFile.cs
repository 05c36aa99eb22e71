using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BoardDocs.Engine.Justering;

/// <summary>
/// The content of <c>sammantraden/&lt;datum&gt;.lock</c>: written the first time a justerat protocol is
/// built, never changed afterwards except to add file fingerprints that were missing.
/// </summary>
public sealed class LockFile
{
    /// <summary>Format identifier.</summary>
    [JsonPropertyName("format")] public string Format { get; set; } = "boarddocs-lås/1";
    /// <summary>Meeting key, e.g. "2014-11-28".</summary>
    [JsonPropertyName("sammanträde")] public string Meeting { get; set; } = "";
    /// <summary>Justering date.</summary>
    [JsonPropertyName("justerad")] public string Adjusted { get; set; } = "";
    /// <summary>SHA-256 over the canonical form.</summary>
    [JsonPropertyName("fingeravtryck")] public string Fingerprint { get; set; } = "";
    /// <summary>Per-field hashes, so that a later change can be named.</summary>
    [JsonPropertyName("fält")] public SortedDictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);
    /// <summary>The field order at locking (paths), to report reordering.</summary>
    [JsonPropertyName("ordning")] public List<string> Order { get; set; } = new();
    /// <summary>SHA-256 of rendered files (protokoll.pdf, protokoll.docx), hex.</summary>
    [JsonPropertyName("filer")] public SortedDictionary<string, string> Files { get; set; } = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Serialises deterministically.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";

    /// <summary>Reads a lock file; null when it is not valid JSON of this format.</summary>
    public static LockFile? Parse(string json)
    {
        try
        {
            var lf = JsonSerializer.Deserialize<LockFile>(json, Json);
            // "fält": null and the like deserialize to null collections: as damaged as missing JSON.
            if (lf is not { Fingerprint.Length: > 0, Fields: not null, Order: not null, Files: not null }) return null;
            // The deserializer builds culture-ordered dictionaries; keep the ordinal order we write.
            lf.Fields = new SortedDictionary<string, string>(lf.Fields, StringComparer.Ordinal);
            lf.Files = new SortedDictionary<string, string>(lf.Files, StringComparer.Ordinal);
            return lf;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The lock path of a meeting file.</summary>
    public static string PathFor(string meetingFile) => Path.ChangeExtension(meetingFile, ".lock");
}
