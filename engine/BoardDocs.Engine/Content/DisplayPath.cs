namespace BoardDocs.Engine.Content;

/// <summary>Turns absolute paths into the short form users see in messages.</summary>
public static class DisplayPath
{
    /// <summary>The path relative to the working directory when it lies below it, else as is.</summary>
    public static string For(string path)
    {
        var full = Path.GetFullPath(path);
        var cwd = Path.GetFullPath(Environment.CurrentDirectory);
        var relative = Path.GetRelativePath(cwd, full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
    }
}
