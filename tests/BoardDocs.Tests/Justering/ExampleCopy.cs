using BoardDocs.Tests.Foundation;
using BoardDocs.Tests.Word;

namespace BoardDocs.Tests.Justering;

/// <summary>
/// The example content copied by <see cref="ExampleContent"/>, seen from the justerat meeting
/// 2014-11-28: its file, its lock, its output folder, and builds that may fail.
/// </summary>
internal sealed class ExampleCopy : IDisposable
{
    private readonly ExampleContent _example = new();

    public string Root => _example.Root;
    public string Content => _example.Content;
    public string Organ => _example.OrganFolder;
    public string Out => _example.Out;
    public string Meeting => _example.Meeting(ExampleContent.Protocol);
    public string Lock => Path.ChangeExtension(Meeting, ".lock");
    public string MeetingOut => _example.BuiltFolder(ExampleContent.Protocol);

    /// <summary>Runs <c>build</c>; unlike <see cref="ExampleContent.Build"/> a failure is returned, not asserted.</summary>
    public CliResult Build(string formats = "docx,txt") => CliRunner.Run("build", Content, "-o", Out, "--format", formats);

    /// <summary>Replaces text in the meeting file; fails when the text is not there.</summary>
    public void Edit(string from, string to)
    {
        var text = File.ReadAllText(Meeting);
        Assert.Contains(from, text, $"'{from}' finns inte i mötesfilen");
        File.WriteAllText(Meeting, text.Replace(from, to));
    }

    public void Dispose() => _example.Dispose();
}
