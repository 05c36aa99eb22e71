using System.Text;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Turns outline texts such as "§ 578 Godkännande av dagordning" into unique Word bookmark names:
/// letters, digits and underscores, starting with a letter, at most 40 characters (Word drops longer ones).
/// </summary>
internal sealed class BookmarkNames
{
    private const int MaxLength = 40;
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    public string Create(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '_')
            {
                builder.Append('_');
            }
        }
        var name = builder.ToString().TrimEnd('_');
        // "§ 578" starts with a digit after cleaning; Word requires a letter first.
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            name = "P" + name;
        }
        name = Truncate(name, MaxLength);

        var candidate = name;
        for (var n = 2; !used.Add(candidate); n++)
        {
            var suffix = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            candidate = Truncate(name, MaxLength - suffix.Length) + suffix;
        }
        return candidate;
    }

    private static string Truncate(string s, int length) => s.Length <= length ? s : s[..length];
}
