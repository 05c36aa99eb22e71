using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Pdf;

/// <summary>Settings for <see cref="PdfRenderer"/>.</summary>
public sealed record PdfOptions
{
    /// <summary>Page geometry and typography; the Word renderer uses the same values so both paginate alike.</summary>
    public PageSetup PageSetup { get; init; } = PageSetup.A4;

    /// <summary>Extra folders to search for fonts first (organisation fonts), then the system folders.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];
}
