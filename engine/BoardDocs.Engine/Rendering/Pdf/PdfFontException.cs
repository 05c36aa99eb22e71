namespace BoardDocs.Engine.Rendering.Pdf;

/// <summary>
/// A font the document needs (or any of its substitutes) was not found in any font folder.
/// The message is Swedish because it is shown to the secretary running the tool.
/// </summary>
public sealed class PdfFontException : Exception
{
    /// <summary>Creates the exception for <paramref name="family"/>.</summary>
    /// <param name="family">The family the document asked for, e.g. "Times New Roman".</param>
    /// <param name="candidates">The families tried, in order (the family itself and its substitutes).</param>
    /// <param name="searchedFolders">The folders searched, in order.</param>
    public PdfFontException(string family, IReadOnlyList<string> candidates, IReadOnlyList<string> searchedFolders)
        : base(BuildMessage(family, candidates, searchedFolders))
    {
        Family = family;
        Candidates = candidates;
        SearchedFolders = searchedFolders;
    }

    /// <summary>The family the document asked for.</summary>
    public string Family { get; }

    /// <summary>The families tried, in order.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>The folders searched, in order.</summary>
    public IReadOnlyList<string> SearchedFolders { get; }

    static string BuildMessage(string family, IReadOnlyList<string> candidates, IReadOnlyList<string> folders)
    {
        var substitutes = candidates.Where(c => !string.Equals(c, family, StringComparison.OrdinalIgnoreCase)).ToList();
        var what = substitutes.Count == 0
            ? $"Typsnittet '{family}' hittades inte."
            : $"Typsnittet '{family}' hittades inte, inte heller någon ersättare ({string.Join(", ", substitutes.Select(s => $"'{s}'"))}).";
        var where = folders.Count == 0
            ? "Inga mappar att söka i."
            : "Sökta mappar: " + string.Join(", ", folders.Select(f => Directory.Exists(f) ? f : f + " (finns inte)")) + ".";
        return $"{what} {where} Installera fonts-liberation2 eller ange en mapp med --typsnittsmapp.";
    }
}
