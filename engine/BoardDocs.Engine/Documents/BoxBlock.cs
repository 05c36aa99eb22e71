namespace BoardDocs.Engine.Documents;

/// <summary>
/// A framed box with a bold title and content, e.g. BEVIS OM ANSLAG. Never split across pages.
/// </summary>
public sealed class BoxBlock : Block
{
    /// <summary>Creates a box.</summary>
    public BoxBlock(string title, IEnumerable<Block> blocks)
    {
        Title = title;
        Blocks = blocks.ToList();
        KeepTogether = true;
    }

    /// <summary>Bold title on the first line inside the frame.</summary>
    public string Title { get; }

    /// <summary>Content.</summary>
    public List<Block> Blocks { get; }
}
