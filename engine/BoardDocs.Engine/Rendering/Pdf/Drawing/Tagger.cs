using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>
/// Drives PDFsharp's <see cref="StructureBuilder"/> from the drawing pass. Content is drawn in
/// reading order, each piece under a <see cref="StructNode"/>; the tagger opens and closes
/// structure elements so that the open path always ends at that node.
/// </summary>
internal sealed class Tagger
{
    readonly StructureBuilder _builder;
    readonly List<StructNode> _open = [];
    int _artifactDepth;

    /// <summary>Wraps the builder of a document's UAManager.</summary>
    public Tagger(StructureBuilder builder) => _builder = builder;

    /// <summary>True while drawing decoration (header, footer, borders, repeated table headers).</summary>
    public bool InArtifact => _artifactDepth > 0;

    /// <summary>Makes <paramref name="node"/> the innermost open structure element.</summary>
    public void Enter(StructNode node)
    {
        if (InArtifact)
            return;
        // Common prefix of the open path and the node's path.
        var path = new StructNode[node.Depth];
        var n = node;
        for (int i = node.Depth - 1; i >= 0; i--, n = n!.Parent)
            path[i] = n!;
        int common = 0;
        while (common < _open.Count && common < path.Length && ReferenceEquals(_open[common], path[common]))
            common++;
        while (_open.Count > common)
        {
            _builder.End();
            _open.RemoveAt(_open.Count - 1);
        }
        for (int i = common; i < path.Length; i++)
        {
            if (path[i].IsGrouping)
                _builder.BeginGroupingElement(path[i].Tag);
            else
                _builder.BeginBlockLevelElement(path[i].Tag);
            _open.Add(path[i]);
        }
    }

    /// <summary>Draws <paramref name="draw"/> as an artifact (not part of the logical content).</summary>
    public void Artifact(Action draw)
    {
        if (InArtifact)
        {
            draw();
            return;
        }
        _builder.BeginArtifact();
        _artifactDepth++;
        try
        {
            draw();
        }
        finally
        {
            _artifactDepth--;
            _builder.End();
        }
    }

    /// <summary>
    /// Adds <paramref name="link"/> to <paramref name="page"/> and draws its text as a Link element
    /// inside the current structure element, so that screen readers announce it.
    /// </summary>
    public void Link(PdfPage page, PdfLinkAnnotation link, string alternativeText, Action draw)
    {
        if (InArtifact)
        {
            page.Annotations.Add(link);
            draw();
            return;
        }
        _builder.BeginElement(link, alternativeText);
        try
        {
            draw();
        }
        finally
        {
            _builder.End();
        }
    }

    /// <summary>
    /// Ends the marked-content sequence of the current page; called before the page's graphics are
    /// disposed so that the EMC lands on the right page. Structure elements stay open.
    /// </summary>
    public void EndPage() => _builder.EndMarkedContentsWithId();

    /// <summary>Closes every open structure element.</summary>
    public void CloseAll()
    {
        while (_open.Count > 0)
        {
            _builder.End();
            _open.RemoveAt(_open.Count - 1);
        }
    }
}
