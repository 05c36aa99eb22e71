namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>A bookmark to create where a heading is drawn.</summary>
/// <param name="Level">Outline level.</param>
/// <param name="Title">Entry text.</param>
internal sealed record BookmarkInfo(int Level, string Title);
