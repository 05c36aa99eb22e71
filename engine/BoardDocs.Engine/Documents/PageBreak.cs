namespace BoardDocs.Engine.Documents;

/// <summary>Forces the next block onto a new page.</summary>
public sealed class PageBreak : Block;
