namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>A concrete font file chosen for a requested family and style.</summary>
/// <param name="Path">The font file.</param>
/// <param name="Family">The family actually used (may be a substitute).</param>
/// <param name="SimulateBold">The file is not bold but bold was asked for.</param>
/// <param name="SimulateItalic">The file is not italic but italic was asked for.</param>
internal sealed record FontFace(string Path, string Family, bool SimulateBold, bool SimulateItalic)
{
    /// <summary>
    /// A name unique to file and simulation. XFonts are created with this as their family name so
    /// that PDFsharp's process-wide typeface cache can never hand one render's font to another.
    /// </summary>
    public string Key => $"BoardDocs|{Path}|{(SimulateBold ? "b" : "")}{(SimulateItalic ? "i" : "")}";
}
