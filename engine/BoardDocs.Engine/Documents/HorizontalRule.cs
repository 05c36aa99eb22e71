namespace BoardDocs.Engine.Documents;

/// <summary>A thin line across the text width.</summary>
public sealed class HorizontalRule : Block;
