namespace BoardDocs.Engine.Content;

/// <summary>
/// Paths written in the content (bilagor, typsnitt.mappar) are relative to the organ folder and may
/// not leave it: no absolute paths, no <c>..</c>, nothing that resolves outside the folder.
/// </summary>
internal static class OrganPath
{
    /// <summary>The full path of <paramref name="relative"/> inside <paramref name="organFolder"/>, or null when it would leave it.</summary>
    public static string? Resolve(string organFolder, string relative)
    {
        var path = relative.Replace('\\', '/');
        if (Path.IsPathRooted(path) || path.StartsWith('/') || path.Split('/').Contains("..")) return null;
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(organFolder, path));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return null; // e.g. a NUL character: no such file can exist in the folder
        }
        return full.StartsWith(organFolder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full : null;
    }
}
