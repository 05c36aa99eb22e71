namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>
/// One logical element of the tagged-PDF structure tree (P, H1, Table, TD …). Layout elements
/// and their continuations on later pages share the same node, so a paragraph split across pages
/// stays one structure element.
/// </summary>
internal sealed class StructNode
{
    static readonly HashSet<string> GroupingTags =
        ["Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index", "NonStruct", "Private"];

    /// <summary>Creates a node under <paramref name="parent"/> (null for a child of the document).</summary>
    public StructNode(string tag, StructNode? parent)
    {
        Tag = tag;
        Parent = parent;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    /// <summary>Standard structure type without the slash, e.g. "P".</summary>
    public string Tag { get; }

    /// <summary>The enclosing element, or null at the top level.</summary>
    public StructNode? Parent { get; }

    /// <summary>Number of nodes from the top level down to this one (1 for top-level nodes).</summary>
    public int Depth { get; }

    /// <summary>Grouping elements (Div, Sect) as opposed to block-level ones (P, H1, L, Table).</summary>
    public bool IsGrouping => GroupingTags.Contains(Tag);

    /// <summary>Creates a child node.</summary>
    public StructNode Child(string tag) => new(tag, this);
}
