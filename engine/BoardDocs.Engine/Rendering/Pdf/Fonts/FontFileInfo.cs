namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>One font file as described by its own name table.</summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Family">Legacy family name (name ID 1), e.g. "Liberation Serif".</param>
/// <param name="Bold">The face is bold.</param>
/// <param name="Italic">The face is italic or oblique.</param>
internal sealed record FontFileInfo(string Path, string Family, bool Bold, bool Italic);
