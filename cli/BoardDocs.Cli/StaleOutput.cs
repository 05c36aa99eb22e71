using BoardDocs.Engine.Content;
using BoardDocs.Engine.Justering;
using BoardDocs.Engine.Publishing;
using BoardDocs.Engine.Templating;

namespace BoardDocs.Cli;

/// <summary>
/// Removes files in a meeting's output folder that this run did not produce: a document a
/// meeting no longer gives (a protocol whose justering was taken back, a format no longer asked
/// for) must not linger beside fresh ones — a stale protocol is worse than none.
/// </summary>
internal static class StaleOutput
{
    /// <param name="files">What this run wrote (or kept).</param>
    /// <param name="root">The output root, holding <c>&lt;organ&gt;/&lt;datum&gt;/</c>.</param>
    /// <param name="set">The content, whose meetings name the folders to look in.</param>
    /// <param name="extensions">File endings this command owns; other files are left alone.</param>
    /// <param name="lockCopies">Also remove a protocol's lock copy where no protocol was written.</param>
    /// <param name="report">Prints one removed file.</param>
    public static void Remove(IReadOnlyList<PlannedFile> files, string root, ContentSet set, IReadOnlyCollection<string> extensions,
        bool lockCopies, Action<string> report)
    {
        var planned = files.Select(f => Path.GetFullPath(f.Path)).ToHashSet(StringComparer.Ordinal);
        var protocolFolders = files.Where(f => f.Kind == DocumentKind.Protokoll)
            .Select(f => Path.GetFullPath(Path.GetDirectoryName(f.Path)!)).ToHashSet(StringComparer.Ordinal);
        foreach (var organ in set.Organs)
        foreach (var meeting in organ.Meetings)
        {
            var folder = Path.GetFullPath(Path.Combine(root, organ.Organ.Id, meeting.Key));
            if (!Directory.Exists(folder)) continue;
            foreach (var file in Directory.GetFiles(folder))
            {
                var stale = extensions.Contains(Path.GetExtension(file))
                    ? !planned.Contains(Path.GetFullPath(file))
                    : lockCopies && file == LockVerification.DefaultLockPath(Path.Combine(folder, "protokoll.pdf")) && !protocolFolders.Contains(folder);
                if (!stale) continue;
                File.Delete(file);
                report(file);
            }
        }
    }
}
