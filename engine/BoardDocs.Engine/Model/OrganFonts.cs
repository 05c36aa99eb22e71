namespace BoardDocs.Engine.Model;

/// <summary>
/// An organisation's fonts (optional key <c>typsnitt</c> in organ.yaml): font families for body
/// text and headings as named in Word, and folders (inside the organ folder) holding the font files
/// the PDF renderer should use before the system's.
/// </summary>
/// <param name="Body">brödtext: body font family, or null for the default (Times New Roman).</param>
/// <param name="Headings">rubriker: heading font family, or null for the default (Arial).</param>
/// <param name="Folders">mappar: absolute paths of font folders.</param>
public sealed record OrganFonts(string? Body, string? Headings, IReadOnlyList<string> Folders);
