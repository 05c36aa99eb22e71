using System.Collections.Concurrent;

namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>
/// The fonts found (recursively) in one folder. Scanning reads every file's name table, so results
/// are cached for the process: font folders rarely change while the tool runs.
/// </summary>
internal static class FontFolderIndex
{
    static readonly ConcurrentDictionary<string, IReadOnlyList<FontFileInfo>> Cache = new(StringComparer.Ordinal);

    /// <summary>The fonts in <paramref name="folder"/> and its subfolders, in a stable order.</summary>
    public static IReadOnlyList<FontFileInfo> Get(string folder)
        => Cache.GetOrAdd(Path.GetFullPath(folder), Scan);

    static IReadOnlyList<FontFileInfo> Scan(string folder)
    {
        if (!Directory.Exists(folder))
            return [];
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
            AttributesToSkip = FileAttributes.System,
        };
        var files = new List<string>();
        foreach (var pattern in new[] { "*.ttf", "*.otf" })
            files.AddRange(Directory.EnumerateFiles(folder, pattern, options));
        // Ordinal order keeps the choice between duplicate faces independent of file system order.
        files.Sort(StringComparer.Ordinal);
        var result = new List<FontFileInfo>(files.Count);
        foreach (var file in files)
        {
            if (FontNameReader.TryRead(file) is { } info)
                result.Add(info);
        }
        return result;
    }
}
