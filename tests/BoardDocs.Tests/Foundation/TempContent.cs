using BoardDocs.Engine.Content;

namespace BoardDocs.Tests.Foundation;

/// <summary>
/// A content folder in a unique temp directory (<c>&lt;root&gt;/organ/…</c>), deleted on dispose.
/// Never changes the working directory; messages are compared with the root's display prefix removed,
/// so they read <c>organ/sammantraden/2015-03-05.yaml:7:5: fel: …</c>.
/// </summary>
internal sealed class TempContent : IDisposable
{
    /// <summary>A board with a chair, a vice chair, two members and two substitutes.</summary>
    public const string StandardOrgan = """
        namn: Testförbundet Norsjö
        kortnamn: Testförbundet
        paragrafnumrering: löpande
        sekreterare: Stellan Berglund
        ledamöter:
          - { namn: Bertil Almgren, roll: ordförande }
          - { namn: Anna Viklund, roll: vice ordförande }
          - { namn: Kenneth Andersson, roll: ledamot }
          - { namn: Mikael Lindfors, roll: ledamot }
          - { namn: Carolina Marklund, roll: ersättare }
          - { namn: Sture Andersson, roll: ersättare }

        """;

    public TempContent(string? organYaml = StandardOrgan)
    {
        Root = Path.Combine(Path.GetTempPath(), "boarddocs-foundation-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(OrganFolder, ContentLoader.MeetingsFolder));
        if (organYaml is not null) Organ(organYaml);
    }

    /// <summary>The content folder (holds one organ folder, <c>organ</c>).</summary>
    public string Root { get; }

    /// <summary>The organ folder.</summary>
    public string OrganFolder => Path.Combine(Root, "organ");

    /// <summary>Writes organ.yaml.</summary>
    public TempContent Organ(string yaml)
    {
        File("organ/organ.yaml", yaml);
        return this;
    }

    /// <summary>Writes sammantraden/&lt;fileName&gt;.</summary>
    public TempContent Meeting(string fileName, string yaml)
    {
        File("organ/sammantraden/" + fileName, yaml);
        return this;
    }

    /// <summary>Writes a file below the content root (UTF-8, '/' separated relative path).</summary>
    public string File(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Loads the content folder.</summary>
    public ContentSet Load() => ContentLoader.Load(Root);

    /// <summary>Every diagnostic in printed order, as printed, with the root's prefix removed.</summary>
    public List<string> Messages(ContentSet set) =>
        set.Diagnostics.Sorted().Select(d => Relative(d.ToString())).ToList();

    /// <summary>Removes this folder's path prefix (as displayed, and absolute) from a printed line.</summary>
    public string Relative(string line) => Paths.StripPrefix(line, Root);

    /// <summary>Loads and asserts that exactly these diagnostics (in printed order) were reported.</summary>
    public ContentSet AssertDiagnostics(params string[] expected)
    {
        var set = Load();
        var actual = Messages(set);
        CollectionAssert.AreEqual(expected, actual,
            "\nexpected:\n  " + string.Join("\n  ", expected) + "\nactual:\n  " + string.Join("\n  ", actual));
        return set;
    }

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
}

/// <summary>Normalising paths in printed messages.</summary>
internal static class Paths
{
    /// <summary>
    /// Removes <paramref name="folder"/>'s prefix from <paramref name="line"/>. Messages show paths
    /// relative to the working directory when below it, else absolute (DisplayPath), so both forms go.
    /// </summary>
    public static string StripPrefix(string line, string folder)
    {
        var full = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var display = DisplayPath.For(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var result = line.Replace(full, "", StringComparison.Ordinal);
        if (!Path.IsPathRooted(display)) result = result.Replace(display, "", StringComparison.Ordinal);
        return Path.DirectorySeparatorChar == '/' ? result : result.Replace(Path.DirectorySeparatorChar, '/');
    }
}
