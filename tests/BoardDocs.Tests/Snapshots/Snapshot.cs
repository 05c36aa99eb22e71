using System.Text;
using BoardDocs.Tests.Foundation;
using DiffPlex;

namespace BoardDocs.Tests.Snapshots;

/// <summary>
/// Compares text with a snapshot file stored in the repository and fails with a readable
/// unified line diff (<c>- expected</c> / <c>+ actual</c>, with context) when they differ.
/// <para>
/// Updating snapshots: run the tests with the environment variable
/// <c>BOARDDOCS_UPDATE_SNAPSHOTS=1</c>, e.g.
/// <c>BOARDDOCS_UPDATE_SNAPSHOTS=1 dotnet test tests/BoardDocs.Tests --filter FullyQualifiedName~Word</c>.
/// Every compared snapshot is then (re)written in the repository (not in the test output folder)
/// with the actual text and the comparison passes. Review the change with <c>git diff</c> against
/// the reference document before committing it: a wrong snapshot is worse than none.
/// </para>
/// Line endings are compared as <c>\n</c>; files are written UTF-8 without BOM and end with a newline.
/// </summary>
internal static class Snapshot
{
    /// <summary>Set to <c>1</c> to write actual text into the snapshot files instead of comparing.</summary>
    public const string UpdateVariable = "BOARDDOCS_UPDATE_SNAPSHOTS";

    private const int Context = 3;

    /// <summary>True when snapshots are being updated rather than compared.</summary>
    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>
    /// Asserts that <paramref name="actual"/> equals the snapshot at <paramref name="repoRelativePath"/>
    /// (relative to the repository root, '/' separated), or writes it there when updating.
    /// </summary>
    public static void Match(string actual, string repoRelativePath)
    {
        var path = Path.Combine(RepoPaths.Root, repoRelativePath.Replace('/', Path.DirectorySeparatorChar));
        var normalized = Normalize(actual);
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || Normalize(File.ReadAllText(path)) != normalized)
                File.WriteAllText(path, normalized, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        if (!File.Exists(path))
            Assert.Fail($"Snapshot {repoRelativePath} finns inte. Skapa den med {UpdateVariable}=1 och granska den innan den checkas in.\n\nFaktisk text:\n{normalized}");
        var expected = Normalize(File.ReadAllText(path));
        if (expected == normalized) return;
        Assert.Fail($"Texten skiljer sig från snapshot {repoRelativePath} (- förväntat, + faktiskt). " +
                    $"Om ändringen är avsiktlig: kör om med {UpdateVariable}=1 och granska diffen.\n\n{UnifiedDiff(expected, normalized)}");
    }

    /// <summary>A unified line diff of two texts with <see cref="Context"/> lines of context.</summary>
    public static string UnifiedDiff(string expected, string actual)
    {
        var result = new Differ().CreateLineDiffs(expected, actual, false);
        var oldLines = result.PiecesOld;
        var newLines = result.PiecesNew;
        var sb = new StringBuilder();
        var blocks = result.DiffBlocks;
        var i = 0;
        while (i < blocks.Count)
        {
            // Merge blocks whose contexts touch into one hunk.
            var first = i;
            var last = i;
            while (last + 1 < blocks.Count &&
                   blocks[last + 1].DeleteStartA - (blocks[last].DeleteStartA + blocks[last].DeleteCountA) <= 2 * Context)
                last++;

            var startA = Math.Max(0, blocks[first].DeleteStartA - Context);
            var startB = Math.Max(0, blocks[first].InsertStartB - Context);
            var endA = Math.Min(oldLines.Length, blocks[last].DeleteStartA + blocks[last].DeleteCountA + Context);
            var endB = Math.Min(newLines.Length, blocks[last].InsertStartB + blocks[last].InsertCountB + Context);
            sb.Append($"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@\n");

            var a = startA;
            for (var k = first; k <= last; k++)
            {
                var block = blocks[k];
                for (; a < block.DeleteStartA; a++) sb.Append("  ").Append(oldLines[a]).Append('\n');
                for (var d = 0; d < block.DeleteCountA; d++) sb.Append("- ").Append(oldLines[block.DeleteStartA + d]).Append('\n');
                for (var n = 0; n < block.InsertCountB; n++) sb.Append("+ ").Append(newLines[block.InsertStartB + n]).Append('\n');
                a = block.DeleteStartA + block.DeleteCountA;
            }
            for (; a < endA; a++) sb.Append("  ").Append(oldLines[a]).Append('\n');
            i = last + 1;
        }
        return sb.ToString();
    }

    private static string Normalize(string text)
    {
        var t = text.Replace("\r\n", "\n");
        return t.EndsWith('\n') ? t : t + "\n";
    }
}
