namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>
/// Families to try for a requested family. Word templates name Microsoft fonts; on Linux the
/// metric-compatible Liberation fonts keep line breaks identical, DejaVu is the last resort.
/// </summary>
internal static class FontSubstitutes
{
    static readonly string[] Serif = ["Liberation Serif", "Tinos", "DejaVu Serif"];
    static readonly string[] Sans = ["Liberation Sans", "Arimo", "DejaVu Sans"];
    static readonly string[] Mono = ["Liberation Mono", "Cousine", "DejaVu Sans Mono"];

    /// <summary>The requested family first, then its substitutes, without duplicates.</summary>
    public static IReadOnlyList<string> For(string family)
    {
        var key = family.Trim().ToLowerInvariant();
        string[] substitutes = key switch
        {
            "times new roman" or "times" or "serif" or "liberation serif" or "tinos" or "georgia" or "cambria" => Serif,
            "arial" or "helvetica" or "sans-serif" or "sans" or "liberation sans" or "arimo" or "calibri" or "verdana" => Sans,
            "courier new" or "courier" or "monospace" or "liberation mono" or "cousine" or "consolas" => Mono,
            // An unknown family (an organisation's own font) is used as named or not at all: a silent
            // substitute would change line breaks and the look without anyone noticing.
            _ => [],
        };
        var result = new List<string> { family.Trim() };
        foreach (var s in substitutes)
        {
            if (!result.Contains(s, StringComparer.OrdinalIgnoreCase))
                result.Add(s);
        }
        return result;
    }
}
