namespace BoardDocs.Tests.Foundation;

/// <summary>Folders of the repository and of the test output, found without touching the working directory.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder holding BoardDocs.sln, found by walking up from the test assembly.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The repository's example content folder (<c>content/</c>).</summary>
    public static string Content => Path.Combine(Root, "content");

    /// <summary>The example organ folder.</summary>
    public static string ExampleOrgan => Path.Combine(Content, "samordningsforbundet-skelleftea-norsjo");

    /// <summary>The bad-input corpus as copied to the test output.</summary>
    public static string BadInput => Path.Combine(AppContext.BaseDirectory, "BadInput");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "BoardDocs.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"BoardDocs.sln not found above {AppContext.BaseDirectory}");
    }
}
