using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardDocs.Engine.Rendering.Html;

/// <summary>
/// Fragment ids for bookmarked headings, stable and readable in links: "§ 578 Val av justerare"
/// becomes <c>p578</c>, a kallelse item "3. Förslag till årsredovisning" becomes <c>punkt-3</c>,
/// anything else a lower-case ASCII slug (<c>bevis-om-anslag</c>). Ids are unique within a page.
/// </summary>
internal sealed partial class HtmlIds
{
    private const int MaxSlugLength = 48;
    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>A new unique id for a bookmark text.</summary>
    public string ForBookmark(string bookmark)
    {
        var text = bookmark.Trim();
        if (ParagraphPattern().Match(text) is { Success: true } p) return Unique("p" + p.Groups[1].Value);
        if (ItemPattern().Match(text) is { Success: true } i) return Unique("punkt-" + i.Groups[1].Value);
        return Unique(Slug(text));
    }

    /// <summary>A new unique id with a fixed prefix, e.g. <c>ruta-1</c>.</summary>
    public string Next(string prefix)
    {
        for (var n = 1; ; n++)
            if (used.Add($"{prefix}-{n}")) return $"{prefix}-{n}";
    }

    private string Unique(string id)
    {
        if (used.Add(id)) return id;
        for (var n = 2; ; n++)
            if (used.Add($"{id}-{n}")) return $"{id}-{n}";
    }

    /// <summary>Lower-case ASCII letters, digits and single hyphens; starts with a letter unless <paramref name="prefixed"/>.</summary>
    public static string Slug(string text, bool prefixed = false)
    {
        var sb = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
            if (sb.Length >= MaxSlugLength) break;
        }
        var slug = sb.ToString().Trim('-');
        if (slug.Length == 0) return "rubrik";
        return prefixed || char.IsAsciiLetter(slug[0]) ? slug : "r-" + slug;
    }

    [GeneratedRegex(@"^§\s*(\d+)\b")]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"^(\d+)\.\s")]
    private static partial Regex ItemPattern();
}
