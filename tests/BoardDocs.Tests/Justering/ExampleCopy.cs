using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Justering;

/// <summary>A private copy of the example content (builds write locks into the content folder).</summary>
internal sealed class ExampleCopy : IDisposable
{
    public ExampleCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "boarddocs-justering-" + Guid.NewGuid().ToString("N"));
        var organ = Path.Combine(Root, "content", "samordningsforbundet-skelleftea-norsjo");
        foreach (var dir in Directory.GetDirectories(RepoPaths.ExampleOrgan, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(dir.Replace(RepoPaths.ExampleOrgan, organ));
        Directory.CreateDirectory(organ);
        foreach (var file in Directory.GetFiles(RepoPaths.ExampleOrgan, "*", SearchOption.AllDirectories))
            if (!file.EndsWith(".lock", StringComparison.Ordinal))
                File.Copy(file, file.Replace(RepoPaths.ExampleOrgan, organ));
        Organ = organ;
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Organ { get; }
    public string Out => Path.Combine(Root, "out");
    public string Meeting => Path.Combine(Organ, "sammantraden", "2014-11-28.yaml");
    public string Lock => Path.Combine(Organ, "sammantraden", "2014-11-28.lock");
    public string MeetingOut => Path.Combine(Out, "samordningsforbundet-skelleftea-norsjo", "2014-11-28");

    public CliResult Build(string formats = "docx,txt") => CliRunner.Run("build", Content, "-o", Out, "--format", formats);

    /// <summary>Replaces text in the meeting file; fails when the text is not there.</summary>
    public void Edit(string from, string to)
    {
        var text = File.ReadAllText(Meeting);
        Assert.Contains(from, text, $"'{from}' finns inte i mötesfilen");
        File.WriteAllText(Meeting, text.Replace(from, to));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
