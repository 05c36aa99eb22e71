using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>Writes the model's inlines as runs; consecutive inlines with the same URL share one hyperlink.</summary>
internal sealed class InlineWriter
{
    private const string CodeFont = "Courier New";
    private readonly RenderContext context;

    public InlineWriter(RenderContext context) => this.context = context;

    /// <summary>Appends runs for <paramref name="inlines"/> to <paramref name="paragraph"/>.</summary>
    /// <param name="paragraph">The target paragraph.</param>
    /// <param name="inlines">The content.</param>
    /// <param name="forceBold">Makes every run bold (header rows, box titles).</param>
    public void Append(OpenXmlElement paragraph, IEnumerable<Inline> inlines, bool forceBold = false)
    {
        Hyperlink? link = null;
        string? linkUrl = null;
        foreach (var inline in inlines)
        {
            var id = inline.Url is { Length: > 0 } ? context.HyperlinkId(inline.Url) : null;
            var runs = Runs(inline, forceBold, linked: id is not null);
            if (id is not null)
            {
                if (link is null || linkUrl != inline.Url)
                {
                    link = new Hyperlink { Id = id, History = true };
                    linkUrl = inline.Url;
                    paragraph.Append(link);
                }
                link.Append(runs);
                continue;
            }
            link = null;
            linkUrl = null;
            paragraph.Append(runs);
        }
    }

    private static IEnumerable<Run> Runs(Inline inline, bool forceBold, bool linked)
    {
        switch (inline.Kind)
        {
            case InlineKind.LineBreak:
                yield return new Run(new Break());
                yield break;
            case InlineKind.Tab:
                yield return new Run(new TabChar());
                yield break;
        }

        var run = NewRun(inline, forceBold, linked);
        var text = XmlText.Clean(inline.Text).Replace("\r\n", "\n");
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\t' or '\r'))
            {
                continue;
            }
            if (i > start)
            {
                run.Append(new Text(text[start..i]) { Space = SpaceProcessingModeValues.Preserve });
            }
            if (i < text.Length)
            {
                // Embedded control characters become what they mean in Word.
                run.Append(text[i] == '\t' ? new TabChar() : new Break());
            }
            start = i + 1;
        }
        yield return run;
    }

    private static Run NewRun(Inline inline, bool forceBold, bool linked)
    {
        var run = new Run();
        var properties = new RunProperties();
        if (linked)
        {
            properties.RunStyle = new RunStyle { Val = StyleIds.Hyperlink };
        }
        if (inline.Code)
        {
            properties.RunFonts = new RunFonts { Ascii = CodeFont, HighAnsi = CodeFont, ComplexScript = CodeFont };
        }
        if (inline.Bold || forceBold)
        {
            properties.Bold = new Bold();
            properties.BoldComplexScript = new BoldComplexScript();
        }
        if (inline.Italic)
        {
            properties.Italic = new Italic();
            properties.ItalicComplexScript = new ItalicComplexScript();
        }
        if (properties.HasChildren)
        {
            run.Append(properties);
        }
        return run;
    }
}
