using System.IO.Compression;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Rewrites the package so that equal documents give equal bytes: System.IO.Packaging stamps zip
/// entries with the current time and orders them by creation. Entries are copied in a fixed order
/// ([Content_Types].xml first, as Office writes it) with one fixed time.
/// </summary>
internal static class ZipNormalizer
{
    private static readonly DateTime MinZipTime = new(1980, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime MaxZipTime = new(2107, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    public static void Normalize(Stream package, Stream output, DateTime timestamp)
    {
        var time = CorePropertiesWriter.Utc(timestamp);
        time = time < MinZipTime ? MinZipTime : time > MaxZipTime ? MaxZipTime : time;
        var stamp = new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Unspecified), TimeSpan.Zero);

        // Written to memory first: a non-seekable output would make ZipArchive switch to data descriptors and change the bytes.
        using var buffer = new MemoryStream();
        using (var source = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(Rank).ThenBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static int Rank(ZipArchiveEntry entry) => entry.FullName switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}
