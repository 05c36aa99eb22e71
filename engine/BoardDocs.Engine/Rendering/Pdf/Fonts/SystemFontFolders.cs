namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>The operating system's font folders, searched after the organisation's own.</summary>
internal static class SystemFontFolders
{
    /// <summary>The folders for the current platform (whether they exist or not).</summary>
    public static IReadOnlyList<string> Get()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsWindows())
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return [Environment.GetFolderPath(Environment.SpecialFolder.Fonts), Path.Combine(local, "Microsoft", "Windows", "Fonts")];
        }
        if (OperatingSystem.IsMacOS())
            return ["/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library", "Fonts")];
        return ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".fonts"), Path.Combine(home, ".local", "share", "fonts")];
    }
}
