namespace BoardDocs.Engine.Rendering.Pdf.Layout.Text;

/// <summary>One laid-out line of a paragraph.</summary>
/// <param name="Runs">The runs, left to right.</param>
/// <param name="Left">Start of the first run (the line's indent), from the paragraph's left edge.</param>
/// <param name="Right">End of the last visible character, from the paragraph's left edge.</param>
/// <param name="Ascent">Top of the line to the baseline.</param>
/// <param name="Height">Line height (baseline to baseline).</param>
internal sealed record TextLine(IReadOnlyList<GlyphRun> Runs, double Left, double Right, double Ascent, double Height);
