using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Publishing;

/// <summary>What to write and how.</summary>
public sealed record PublishOptions
{
    /// <summary>Formats to write.</summary>
    public IReadOnlyList<OutputFormat> Formats { get; init; } = [OutputFormat.Docx, OutputFormat.Pdf];
    /// <summary>An organisation's reference .docx whose styles, page setup and header replace ours.</summary>
    public string? ReferenceDocx { get; init; }
    /// <summary>Extra font folders for the PDF renderer.</summary>
    public IReadOnlyList<string> FontFolders { get; init; } = [];
    /// <summary>Page geometry shared by the renderers.</summary>
    public PageSetup PageSetup { get; init; } = PageSetup.A4;
}
