namespace BoardDocs.Engine.Templating;

/// <summary>An error in a template, with the template's name and line.</summary>
public sealed class TemplateException(string template, int line, string message)
    : Exception(line > 0 ? $"{template}:{line}: mallfel: {message}" : $"{template}: mallfel: {message}")
{
    /// <summary>Template file name, e.g. "protokoll.hbs".</summary>
    public string Template { get; } = template;
    /// <summary>1-based line, 0 when unknown.</summary>
    public int Line { get; } = line;
}
