using BoardDocs.Engine.Numbering;
using BoardDocs.Engine.Validation;

namespace BoardDocs.Engine.Content;

/// <summary>
/// Loads a content folder (several organ folders) or one organ folder: parses every file,
/// validates the model and numbers the §§. Reports all problems; never throws for bad content.
/// </summary>
public static class ContentLoader
{
    /// <summary>The name of an organ's description file.</summary>
    public const string OrganFile = "organ.yaml";
    /// <summary>The folder holding the meeting files.</summary>
    public const string MeetingsFolder = "sammantraden";

    /// <summary>Loads <paramref name="path"/>: a content folder or one organ folder.</summary>
    public static ContentSet Load(string path)
    {
        var diagnostics = new DiagnosticBag();
        var set = new ContentSet { Diagnostics = diagnostics };
        if (string.IsNullOrWhiteSpace(path))
        {
            diagnostics.Error(SourceSpan.ForFile("''"), "ingen mapp angiven: sökvägen är tom");
            return set;
        }
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            diagnostics.Error(SourceSpan.ForFile(path.Replace("\0", "\\0")), "ogiltig sökväg: mappen kan inte finnas");
            return set;
        }
        if (!Directory.Exists(full))
        {
            diagnostics.Error(SourceSpan.ForFile(DisplayPath.For(full)), "mappen finns inte");
            return set;
        }
        if (File.Exists(Path.Combine(full, OrganFile)))
        {
            if (LoadOrgan(full, diagnostics) is { } organ) set.Organs.Add(organ);
            return set;
        }
        var organFolders = Directory.GetDirectories(full)
            .Where(d => File.Exists(Path.Combine(d, OrganFile)))
            .OrderBy(d => d, StringComparer.Ordinal).ToList();
        if (organFolders.Count == 0)
        {
            diagnostics.Error(SourceSpan.ForFile(DisplayPath.For(full)),
                "hittade ingen organ.yaml: ange en innehållsmapp med en mapp per organ, eller en organmapp");
            return set;
        }
        foreach (var folder in organFolders)
            if (LoadOrgan(folder, diagnostics) is { } organ) set.Organs.Add(organ);
        return set;
    }

    /// <summary>Loads one organ folder; null when organ.yaml itself is unusable.</summary>
    public static OrganContent? LoadOrgan(string folder, DiagnosticBag diagnostics)
    {
        folder = Path.GetFullPath(folder);
        var organPath = Path.Combine(folder, OrganFile);
        var organDisplay = DisplayPath.For(organPath);
        var organRoot = YamlFile.Parse(organPath, organDisplay, diagnostics);
        var organ = organRoot is null ? null : OrganReader.Read(organRoot, folder, new LoadContext(organDisplay, diagnostics));

        var meetings = new List<Model.Meeting>();
        var meetingsFolder = Path.Combine(folder, MeetingsFolder);
        if (Directory.Exists(meetingsFolder))
        {
            foreach (var file in Directory.GetFiles(meetingsFolder).OrderBy(f => f, StringComparer.Ordinal))
            {
                var name = Path.GetFileName(file);
                if (name.StartsWith('.') || name.EndsWith(".lock", StringComparison.Ordinal)) continue;
                var display = DisplayPath.For(file);
                var fileDate = MeetingFileName.DateOf(name);
                if (fileDate is null)
                {
                    diagnostics.Error(SourceSpan.ForFile(display),
                        $"mötesfilens namn '{name}' är inte ett datum: filen ska heta ÅÅÅÅ-MM-DD.yaml (t.ex. 2015-03-05.yaml) eller ÅÅÅÅ-MM-DD-tillägg.yaml");
                    continue;
                }
                var root = YamlFile.Parse(file, display, diagnostics);
                if (root is null) continue;
                var meeting = MeetingReader.Read(root, file, Path.GetFileNameWithoutExtension(name), new LoadContext(display, diagnostics));
                if (meeting is null) continue;
                if (meeting.Date.Value != fileDate)
                    diagnostics.Error(meeting.Date.Span,
                        $"datum {meeting.Date.Value:yyyy-MM-dd} stämmer inte med filnamnet {name}");
                meetings.Add(meeting);
            }
        }

        if (organ is null) return null;
        meetings.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var content = new OrganContent { Organ = organ, Meetings = meetings };
        foreach (var meeting in meetings)
            MeetingValidator.Validate(organ, meeting, diagnostics);
        ParagraphNumberer.Number(content, diagnostics);
        Justering.LockChecker.Check(content, diagnostics);
        return content;
    }
}
