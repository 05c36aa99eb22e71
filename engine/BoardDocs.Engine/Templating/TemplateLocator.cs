namespace BoardDocs.Engine.Templating;

/// <summary>Finds the built-in templates folder.</summary>
public static class TemplateLocator
{
    /// <summary>
    /// The built-in <c>templates/</c>: beside the program (as installed) or, when running from a
    /// source checkout, the repository's own folder.
    /// </summary>
    public static string BuiltInDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "templates");
        if (File.Exists(Path.Combine(beside, "protokoll.hbs"))) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, "protokoll.hbs"))) return candidate;
        }
        throw new TemplateException("templates", 0, $"de inbyggda mallarna hittades inte (sökte i {beside} och mappar ovanför)");
    }
}
