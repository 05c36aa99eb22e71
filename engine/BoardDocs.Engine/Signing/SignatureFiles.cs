using System.Globalization;
using System.Text;

namespace BoardDocs.Engine.Signing;

/// <summary>
/// Where the detached signatures of a protocol live: <c>&lt;pdf&gt;.signaturer/&lt;n&gt;-&lt;slug&gt;.p7s</c>.
/// </summary>
internal static class SignatureFiles
{
    public const string Extension = ".p7s";

    public static string DirectoryFor(string pdfPath) => Path.GetFullPath(pdfPath) + ".signaturer";

    /// <summary>The signature files in signing order; empty when there are none.</summary>
    public static IReadOnlyList<(int Number, string Path)> List(string pdfPath)
    {
        string directory = DirectoryFor(pdfPath);
        if (!Directory.Exists(directory)) return [];

        return Directory.EnumerateFiles(directory, "*" + Extension)
            .Select(path => (Number: NumberOf(path), Path: path))
            .OrderBy(f => f.Number)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    public static int NextNumber(string pdfPath) =>
        List(pdfPath).Select(f => f.Number).DefaultIfEmpty(0).Max() + 1;

    public static string FileName(int number, string signerName) =>
        $"{number.ToString(CultureInfo.InvariantCulture)}-{Slug(signerName)}{Extension}";

    /// <summary>0 when the file name does not start with a number and a dash.</summary>
    public static int NumberOf(string path)
    {
        string name = Path.GetFileName(path);
        int dash = name.IndexOf('-');
        return dash > 0 && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : 0;
    }

    /// <summary>
    /// Lower-case ASCII letters, digits and dashes, so the file name is safe on every file
    /// system and in URLs: "Åsa Öberg-Lind" → "asa-oberg-lind".
    /// </summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder();
        foreach (char c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-')
                slug.Append('-');
            if (slug.Length >= 60) break;
        }

        string result = slug.ToString().Trim('-');
        return result.Length == 0 ? "signatur" : result;
    }
}
