using System.Collections.Concurrent;
using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace BoardDocs.Engine.Rendering.Pdf.Fonts;

/// <summary>
/// The process-wide PDFsharp font resolver. PDFsharp accepts exactly one resolver per process, so
/// this one knows no folders itself: each render resolves its fonts with a <see cref="FontLocator"/>
/// and registers the chosen files here under <see cref="FontFace.Key"/>.
/// </summary>
internal sealed class PdfFontResolver : IFontResolver
{
    /// <summary>The single instance.</summary>
    public static PdfFontResolver Instance { get; } = new();

    readonly ConcurrentDictionary<string, FontFace> _faces = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, byte[]> _bytes = new(StringComparer.Ordinal);

    PdfFontResolver() { }

    /// <summary>Makes <paramref name="face"/> available to PDFsharp under its key.</summary>
    public void Register(FontFace face) => _faces.TryAdd(face.Key, face);

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!_faces.TryGetValue(familyName, out var face))
            return null;
        var simulations = XStyleSimulations.None;
        if (face.SimulateBold)
            simulations |= XStyleSimulations.BoldSimulation;
        if (face.SimulateItalic)
            simulations |= XStyleSimulations.ItalicSimulation;
        // The face name identifies the file; simulations are part of the info, not of the name.
        return new FontResolverInfo(face.Path, simulations);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName)
        => _bytes.GetOrAdd(faceName, File.ReadAllBytes);
}
