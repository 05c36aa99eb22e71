using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>
/// Drives PDFsharp's <see cref="StructureBuilder"/> from the drawing pass. Content is drawn in
/// reading order, each piece under a <see cref="StructNode"/>; the tagger opens and closes
/// structure elements so that the open path always ends at that node.
/// <para>
/// PDFsharp 6.5 keeps the whole /ParentTree in one /Nums array and, for every marked-content
/// sequence it begins (each tagged DrawString/Draw), scans that array several times to find the
/// current page's entry (StructureBuilder.AddToParentTree). The array grows by one pair per page
/// and per link, so a long protocol cost O(pages × marked contents): the 10,000-§ protocol spent
/// most of its drawing time there. The tagger therefore parks the entries of each finished page
/// outside the array (PDFsharp only ever looks up the current page's key, and keys only grow) and
/// puts them back, in the same order, in <see cref="Finish"/>; the saved file is unchanged.
/// </para>
/// </summary>
internal sealed class Tagger
{
    readonly StructureBuilder _builder;
    readonly PdfDictionary _parentTree;
    readonly List<PdfItem> _parkedParentTreeEntries = [];
    readonly List<StructNode> _open = [];
    int _artifactDepth;

    /// <summary>Wraps the structure builder of <paramref name="ua"/>.</summary>
    public Tagger(UAManager ua)
    {
        _builder = ua.StructureBuilder;
        _parentTree = ua.StructureTreeRoot.Elements.GetDictionary("/ParentTree")
            ?? throw new InvalidOperationException("The UAManager has no /ParentTree.");
    }

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
    /// disposed so that the EMC lands on the right page. Structure elements stay open. The page's
    /// /ParentTree entries are parked until <see cref="Finish"/> (see the class remarks).
    /// </summary>
    public void EndPage()
    {
        _builder.EndMarkedContentsWithId();
        if (ParentTreeNums() is not { } nums)
            return;
        for (int i = 0; i < nums.Elements.Count; i++)
            _parkedParentTreeEntries.Add(nums.Elements[i]);
        nums.Elements.Clear();
    }

    /// <summary>
    /// Puts the parked /ParentTree entries back, ahead of any added since, so that the number tree
    /// is complete and sorted by key. Call after the last page, before saving.
    /// </summary>
    public void Finish()
    {
        if (_parkedParentTreeEntries.Count == 0)
            return;
        var nums = ParentTreeNums();
        if (nums is null)
        {
            nums = new PdfArray();
            _parentTree.Elements.SetObject("/Nums", nums);
        }
        var later = new List<PdfItem>(nums.Elements.Count);
        for (int i = 0; i < nums.Elements.Count; i++)
            later.Add(nums.Elements[i]);
        nums.Elements.Clear();
        foreach (var item in _parkedParentTreeEntries)
            nums.Elements.Add(item);
        foreach (var item in later)
            nums.Elements.Add(item);
        _parkedParentTreeEntries.Clear();
    }

    PdfArray? ParentTreeNums() => _parentTree.Elements.GetArray("/Nums");

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
