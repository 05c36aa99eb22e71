using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>
/// Replaces the random parts PDFsharp 6.5 writes without offering a way to set them: the font
/// subset tags ("ABCDEF+") and the XMP DocumentID/InstanceID UUIDs. Replacements have the same
/// length, so byte offsets and the cross-reference table stay valid.
/// </summary>
internal static partial class DeterministicPatcher
{
    /// <summary>Patches <paramref name="pdf"/> in place with values derived from <paramref name="seed"/>.</summary>
    public static void Apply(byte[] pdf, byte[] seed)
    {
        // Latin-1 maps bytes 1:1 to chars, so string positions are byte positions.
        var text = Encoding.Latin1.GetString(pdf);

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in SubsetTag().Matches(text))
        {
            var group = m.Groups["tag"];
            if (!tags.TryGetValue(group.Value, out var replacement))
            {
                // Derived from the font name and its order of appearance, which are stable.
                var font = m.Groups["font"].Value;
                tags[group.Value] = replacement = Letters(Hash(seed, $"subset|{tags.Count}|{font}"), 6);
            }
            Encoding.ASCII.GetBytes(replacement, pdf.AsSpan(group.Index, group.Length));
        }

        foreach (Match m in XmpUuid().Matches(text))
        {
            var group = m.Groups["uuid"];
            var guid = new Guid(Hash(seed, "xmp|" + m.Groups["kind"].Value)[..16]).ToString("D");
            Encoding.ASCII.GetBytes(guid, pdf.AsSpan(group.Index, group.Length));
        }
    }

    static byte[] Hash(byte[] seed, string purpose)
        => SHA256.HashData([.. seed, .. Encoding.UTF8.GetBytes(purpose)]);

    static string Letters(byte[] hash, int count)
    {
        var letters = new char[count];
        for (int i = 0; i < count; i++)
            letters[i] = (char)('A' + hash[i] % 26);
        return new string(letters);
    }

    [GeneratedRegex(@"/(?:BaseFont|FontName)\s*/(?<tag>[A-Z]{6})\+(?<font>[^\s/<>\[\]()]*)")]
    private static partial Regex SubsetTag();

    [GeneratedRegex(@"<xmpMM:(?<kind>DocumentID|InstanceID)>uuid:(?<uuid>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})</")]
    private static partial Regex XmpUuid();
}
