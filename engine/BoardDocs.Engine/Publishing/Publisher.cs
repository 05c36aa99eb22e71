using System.Security.Cryptography;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Justering;
using BoardDocs.Engine.Model;
using BoardDocs.Engine.Templating;

namespace BoardDocs.Engine.Publishing;

/// <summary>
/// Renders documents and writes them. Everything is rendered in memory first; only when all
/// succeeded are the files written (each atomically), so an error never leaves a partial set
/// or a half-written file behind.
/// </summary>
public sealed class Publisher(PublishOptions options)
{
    private readonly Dictionary<string, DocumentComposer> _composers = new(StringComparer.Ordinal);

    /// <summary>The options in use.</summary>
    public PublishOptions Options { get; } = options;

    /// <summary>Renders one document of one meeting in every requested format.</summary>
    public List<PlannedFile> Plan(OrganContent content, Meeting meeting, DocumentKind kind,
        IReadOnlyCollection<int>? paragraphs, string outputFolder)
    {
        var composer = ComposerFor(content.Organ);
        var document = composer.Compose(kind, content, meeting, paragraphs, out var markdown);
        var options = OptionsFor(content.Organ);
        return Options.Formats
            .Select(f => new PlannedFile(Path.Combine(outputFolder, DocumentFileName.For(kind, paragraphs, f)),
                FormatRenderer.Render(document, markdown, f, options), content, meeting, kind))
            .ToList();
    }

    /// <summary>Every document every meeting can produce, into <c>&lt;out&gt;/&lt;organ&gt;/&lt;datum&gt;/</c>.</summary>
    public List<PlannedFile> PlanAll(ContentSet set, string outputRoot)
    {
        var files = new List<PlannedFile>();
        foreach (var content in set.Organs)
        foreach (var meeting in content.Meetings)
        {
            var folder = Path.Combine(outputRoot, content.Organ.Id, meeting.Key);
            foreach (var kind in DocumentComposer.Available(content, meeting))
            {
                if (kind == DocumentKind.Utdrag)
                {
                    var range = content.Paragraphs[meeting];
                    for (var p = range.First; p <= range.Last; p++)
                        files.AddRange(Plan(content, meeting, kind, [p], folder));
                }
                else
                {
                    files.AddRange(Plan(content, meeting, kind, null, folder));
                }
            }
            // An omedelbart justerad § is announced on its own, before the rest of the protocol.
            if (content.Paragraphs.TryGetValue(meeting, out var numbers))
                foreach (var item in meeting.Items.Where(i => i.ImmediatelyAdjusted))
                    if (DocumentComposer.Missing(DocumentKind.Bevis, content, meeting, [numbers.Of(item.Index)]) is null)
                        files.AddRange(Plan(content, meeting, DocumentKind.Bevis, [numbers.Of(item.Index)], folder));
        }
        return files;
    }

    /// <summary>
    /// Writes the files, each atomically, then freezes every justerat protocol among them: its lock
    /// is created on the first build after justering. A protocol file that already exists with the
    /// bytes recorded in the lock is left untouched, so signatures made on it stay valid even when
    /// templates or renderers change later.
    /// </summary>
    public static CommitResult Commit(IReadOnlyList<PlannedFile> files)
    {
        var result = new CommitResult();
        var locks = new Dictionary<Meeting, LockFile>();
        foreach (var f in files)
        {
            var lf = LockFor(f, locks);
            var name = System.IO.Path.GetFileName(f.Path);
            if (lf is not null && lf.Files.TryGetValue(name, out var locked) && File.Exists(f.Path) &&
                Hash(File.ReadAllBytes(f.Path)) == locked)
            {
                result.KeptLocked.Add(f.Path);
                continue;
            }
            AtomicFile.Write(f.Path, f.Bytes);
            result.Written.Add(f.Path);
            if (lf is not null && !lf.Files.ContainsKey(name)) lf.Files[name] = Hash(f.Bytes);
        }
        foreach (var (meeting, lf) in locks)
        {
            var path = LockFile.PathFor(meeting.FilePath);
            var json = lf.ToJson();
            if (!File.Exists(path) || File.ReadAllText(path) != json)
            {
                AtomicFile.Write(path, System.Text.Encoding.UTF8.GetBytes(json));
                result.Locks.Add(path);
            }
            // A copy beside the rendered protocol lets 'signera' and 'verifiera' check the PDF
            // without knowing where the content folder is.
            foreach (var copy in files.Where(f => f.Meeting == meeting && f.Kind == DocumentKind.Protokoll)
                         .Select(f => LockVerification.DefaultLockPath(f.Path)).Distinct())
            {
                if (!File.Exists(copy) || File.ReadAllText(copy) != json) AtomicFile.Write(copy, System.Text.Encoding.UTF8.GetBytes(json));
            }
        }
        return result;
    }

    // The lock of a justerat meeting's protocol file: the existing one, or a new one.
    private static LockFile? LockFor(PlannedFile f, Dictionary<Meeting, LockFile> locks)
    {
        if (f.Kind != DocumentKind.Protokoll || f.Meeting is not { IsAdjusted: true } meeting || f.Content is null) return null;
        if (System.IO.Path.GetExtension(f.Path) is not (".pdf" or ".docx")) return null;
        if (locks.TryGetValue(meeting, out var known)) return known;
        var path = LockFile.PathFor(meeting.FilePath);
        var lf = File.Exists(path) ? LockFile.Parse(File.ReadAllText(path)) : null;
        lf ??= LockChecker.Create(meeting, f.Content.Paragraphs.TryGetValue(meeting, out var r) ? r : null);
        locks[meeting] = lf;
        return lf;
    }

    /// <summary>SHA-256 of bytes, lower-case hex.</summary>
    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The options with the organisation's own fonts (organ.yaml <c>typsnitt</c>) applied.</summary>
    public PublishOptions OptionsFor(Organ organ)
    {
        if (organ.Fonts is not { } fonts) return Options;
        return Options with
        {
            PageSetup = Options.PageSetup with
            {
                BodyFont = fonts.Body ?? Options.PageSetup.BodyFont,
                HeadingFont = fonts.Headings ?? Options.PageSetup.HeadingFont,
            },
            // Command-line folders first: a user overriding for one run wins over the organ's setting.
            FontFolders = Options.FontFolders.Concat(fonts.Folders).ToList(),
        };
    }

    private DocumentComposer ComposerFor(Organ organ)
    {
        if (!_composers.TryGetValue(organ.Folder, out var composer))
        {
            composer = new DocumentComposer(TemplateSet.ForOrgan(organ.Folder));
            _composers[organ.Folder] = composer;
        }
        return composer;
    }
}
