using BoardDocs.Engine.Content;
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
        return Options.Formats
            .Select(f => new PlannedFile(Path.Combine(outputFolder, DocumentFileName.For(kind, paragraphs, f)),
                FormatRenderer.Render(document, markdown, f, Options)))
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
        }
        return files;
    }

    /// <summary>Writes the files, each atomically.</summary>
    public static void Commit(IEnumerable<PlannedFile> files)
    {
        foreach (var f in files) AtomicFile.Write(f.Path, f.Bytes);
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
