namespace BoardDocs.Engine.Numbering;

/// <summary>The § numbers of one meeting: <see cref="First"/> to <see cref="Last"/> inclusive.</summary>
public readonly record struct ParagraphRange(int First, int Count)
{
    /// <summary>The last § of the meeting.</summary>
    public int Last => First + Count - 1;

    /// <summary>The § of the item at a 0-based index.</summary>
    public int Of(int itemIndex) => First + itemIndex;

    /// <summary>"578–586", or "578" for one §.</summary>
    public override string ToString() => Count == 1 ? $"{First}" : $"{First}–{Last}";
}
