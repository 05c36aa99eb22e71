using System.Text;

namespace BoardDocs.Engine.Templating;

/// <summary>
/// Makes plain-text fields safe to put into Markdown: every ASCII punctuation character that
/// CommonMark allows to be backslash-escaped is escaped, so a name with <c>*</c>, a rubrik that
/// starts with <c>1.</c> or <c>#</c>, a <c>|</c> in a table cell or <c>{{x}}</c> all come out literally.
/// </summary>
public static class MarkdownEscaper
{
    private const string Escapable = "\\`*_{}[]()#+-.!|<>~^&:\"'=$%@/;?,";

    /// <summary>The escaped text; line breaks in plain text become spaces.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length + 8);
        var lastWasSpace = false;
        foreach (var c in text.Trim())
        {
            if (c is '\r' or '\n' or '\t')
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = c == ' ';
            if (Escapable.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
