namespace BoardDocs.Engine.Documents;

/// <summary>A block-level element of the body.</summary>
public abstract class Block
{
    /// <summary>Never end a page after this block: it moves to the next page together with the following block.</summary>
    public bool KeepWithNext { get; set; }

    /// <summary>Never split this block across pages (if it fits on one page at all).</summary>
    public bool KeepTogether { get; set; }
}
