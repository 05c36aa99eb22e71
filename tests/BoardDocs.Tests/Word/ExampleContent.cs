using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Word;

/// <summary>
/// A copy of the repository's example content in a unique temp folder, so that builds (which
/// write a <c>.lock</c> beside a justerat meeting) never touch the repository's <c>content/</c>.
/// Layout: <c>&lt;Root&gt;/content/samordningsforbundet-skelleftea-norsjo/…</c>, output under
/// <c>&lt;Root&gt;/out</c>. Deleted on dispose; never changes the working directory.
/// </summary>
internal sealed class ExampleContent : IDisposable
{
    public const string OrganId = "samordningsforbundet-skelleftea-norsjo";
    public const string Protocol = "2014-11-28";
    public const string Kallelse = "2015-03-05";

    public ExampleContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "boarddocs-word-" + Guid.NewGuid().ToString("N"));
        Copy(RepoPaths.ExampleOrgan, OrganFolder);
    }

    /// <summary>The temp folder holding everything.</summary>
    public string Root { get; }

    /// <summary>The content folder (one organ).</summary>
    public string Content => Path.Combine(Root, "content");

    /// <summary>The copied organ folder.</summary>
    public string OrganFolder => Path.Combine(Content, OrganId);

    /// <summary>The default output folder for builds.</summary>
    public string Out => Path.Combine(Root, "out");

    /// <summary>The meeting file of <paramref name="date"/>.</summary>
    public string Meeting(string date) => Path.Combine(OrganFolder, "sammantraden", date + ".yaml");

    /// <summary>Where <c>build</c> puts a meeting's documents.</summary>
    public string BuiltFolder(string date) => Path.Combine(Out, OrganId, date);

    /// <summary>A new, not yet existing folder below <see cref="Root"/>.</summary>
    public string NewFolder(string name) => Path.Combine(Root, name + "-" + Guid.NewGuid().ToString("N")[..8]);

    /// <summary>Runs <c>build</c> of the copy into <see cref="Out"/> and asserts success.</summary>
    public CliResult Build(string format = "docx")
    {
        var result = CliRunner.Run("build", Content, "-o", Out, "--format", format);
        Assert.AreEqual(0, result.ExitCode, "build misslyckades:\n" + result.All);
        return result;
    }

    /// <summary>The bytes of a built file.</summary>
    public byte[] Built(string date, string file) => File.ReadAllBytes(Path.Combine(BuiltFolder(date), file));

    /// <summary>All files below <paramref name="folder"/>, '/' separated and relative, sorted ordinally.</summary>
    public static List<string> FilesBelow(string folder) =>
        !Directory.Exists(folder)
            ? []
            : Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
                .Order(StringComparer.Ordinal)
                .ToList();

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // best effort: a leftover temp folder must not fail a test
        }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            // A lock left in the repository by accident must not leak into the tests' copy.
            if (Path.GetExtension(file) == ".lock") continue;
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
        foreach (var dir in Directory.GetDirectories(from))
            Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
