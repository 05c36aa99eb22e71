using System.Buffers.Binary;
using System.Text;

namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>
/// Reads family and style from a TrueType/OpenType file's name table. File names are not
/// reliable (organisation fonts come with any name), the name table is.
/// </summary>
internal static class FontNameReader
{
    const int FamilyNameId = 1;
    const int SubfamilyNameId = 2;

    /// <summary>Reads <paramref name="path"/>; null when it is not a single-face TrueType/OpenType font.</summary>
    public static FontFileInfo? TryRead(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
            return TryRead(stream, path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    static FontFileInfo? TryRead(Stream stream, string path)
    {
        Span<byte> header = stackalloc byte[12];
        if (!ReadExactly(stream, 0, header))
            return null;
        uint version = BinaryPrimitives.ReadUInt32BigEndian(header);
        // 0x00010000 and 'true' are TrueType outlines, 'OTTO' is CFF. Collections ('ttcf') are skipped
        // because PDFsharp cannot select a face inside a collection.
        if (version is not (0x00010000 or 0x74727565 or 0x4F54544F))
            return null;
        int numTables = BinaryPrimitives.ReadUInt16BigEndian(header[4..]);
        if (numTables is 0 or > 512)
            return null;

        var directory = new byte[numTables * 16];
        if (!ReadExactly(stream, 12, directory))
            return null;
        for (int i = 0; i < numTables; i++)
        {
            var entry = directory.AsSpan(i * 16, 16);
            if (entry[0] != 'n' || entry[1] != 'a' || entry[2] != 'm' || entry[3] != 'e')
                continue;
            uint offset = BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            uint length = BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            if (length is < 6 or > 1 << 20 || (long)offset + length > stream.Length)
                return null;
            var table = new byte[length];
            if (!ReadExactly(stream, offset, table))
                return null;
            return Parse(table, path);
        }
        return null;
    }

    static FontFileInfo? Parse(byte[] table, string path)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        int storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        string? family = null, subfamily = null;
        int familyRank = int.MaxValue, subfamilyRank = int.MaxValue;
        for (int i = 0; i < count; i++)
        {
            int rec = 6 + i * 12;
            if (rec + 12 > table.Length)
                break;
            var r = table.AsSpan(rec, 12);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(r);
            int encoding = BinaryPrimitives.ReadUInt16BigEndian(r[2..]);
            int language = BinaryPrimitives.ReadUInt16BigEndian(r[4..]);
            int nameId = BinaryPrimitives.ReadUInt16BigEndian(r[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
            int offset = BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
            if (nameId is not (FamilyNameId or SubfamilyNameId) || storage + offset + length > table.Length)
                continue;

            // Prefer Windows/US English, then any Windows Unicode record, then Macintosh Roman.
            int rank;
            string value;
            var bytes = table.AsSpan(storage + offset, length);
            if (platform == 3 && encoding is 0 or 1)
            {
                rank = language == 0x409 ? 0 : 1;
                value = Encoding.BigEndianUnicode.GetString(bytes);
            }
            else if (platform == 1 && encoding == 0)
            {
                rank = 2;
                value = Encoding.Latin1.GetString(bytes);
            }
            else if (platform == 0)
            {
                rank = 3;
                value = Encoding.BigEndianUnicode.GetString(bytes);
            }
            else
                continue;

            if (nameId == FamilyNameId && rank < familyRank)
                (family, familyRank) = (value, rank);
            else if (nameId == SubfamilyNameId && rank < subfamilyRank)
                (subfamily, subfamilyRank) = (value, rank);
        }
        if (string.IsNullOrWhiteSpace(family))
            return null;
        var style = subfamily ?? "Regular";
        bool bold = style.Contains("Bold", StringComparison.OrdinalIgnoreCase);
        bool italic = style.Contains("Italic", StringComparison.OrdinalIgnoreCase)
                      || style.Contains("Oblique", StringComparison.OrdinalIgnoreCase);
        return new FontFileInfo(path, family.Trim(), bold, italic);
    }

    static bool ReadExactly(Stream stream, long position, Span<byte> buffer)
    {
        if (position + buffer.Length > stream.Length)
            return false;
        stream.Position = position;
        stream.ReadExactly(buffer);
        return true;
    }
}
