namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>
/// Finds font files for family + style in an ordered list of folders. Independent of PDFsharp's
/// global state so that it can be tested with any folder list.
/// </summary>
internal sealed class FontLocator
{
    readonly Dictionary<(string Family, bool Bold, bool Italic), string> _faces = new();
    readonly HashSet<string> _families = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Indexes <paramref name="folders"/>; earlier folders win over later ones.</summary>
    public FontLocator(IReadOnlyList<string> folders)
    {
        Folders = folders;
        foreach (var folder in folders)
        {
            foreach (var font in FontFolderIndex.Get(folder))
            {
                var key = (font.Family.ToLowerInvariant(), font.Bold, font.Italic);
                _faces.TryAdd(key, font.Path);
                _families.Add(font.Family);
            }
        }
    }

    /// <summary>The organisation's folders followed by the system's.</summary>
    public static FontLocator ForOptions(PdfOptions options)
        => new([.. options.FontFolders, .. Fonts.SystemFontFolders.Get()]);

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<string> Folders { get; }

    /// <summary>
    /// The face for <paramref name="family"/>: the family itself if installed, else its first installed
    /// substitute; a missing bold/italic face is simulated from the regular one.
    /// </summary>
    /// <exception cref="PdfFontException">Neither the family nor any substitute is installed.</exception>
    public FontFace Resolve(string family, bool bold, bool italic)
    {
        var candidates = FontSubstitutes.For(family);
        foreach (var candidate in candidates)
        {
            var name = candidate.ToLowerInvariant();
            if (_faces.TryGetValue((name, bold, italic), out var exact))
                return new FontFace(exact, candidate, false, false);
            // Prefer a real bold face with simulated italic (or vice versa) over simulating both.
            if (bold && italic && _faces.TryGetValue((name, true, false), out var boldOnly))
                return new FontFace(boldOnly, candidate, false, true);
            if (bold && italic && _faces.TryGetValue((name, false, true), out var italicOnly))
                return new FontFace(italicOnly, candidate, true, false);
            if (_faces.TryGetValue((name, false, false), out var regular))
                return new FontFace(regular, candidate, bold, italic);
        }
        throw new PdfFontException(family, candidates, Folders);
    }
}
