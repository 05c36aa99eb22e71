namespace BoardDocs.Engine.Documents;

/// <summary>A bulleted or numbered list; each item holds blocks (normally one paragraph).</summary>
public sealed class ListBlock : Block
{
    /// <summary>Numbered (1. 2. 3.) rather than bulleted.</summary>
    public bool Ordered { get; init; }

    /// <summary>First number of an ordered list.</summary>
    public int Start { get; init; } = 1;

    /// <summary>The items.</summary>
    public List<List<Block>> Items { get; init; } = new();
}
