namespace BoardDocs.Engine.Documents;

/// <summary>
/// The paragraph styles every renderer knows. Names are the Swedish names a secretary sees in
/// Word's style list; templates select them with Markdown generic attributes (<c>{.attsats}</c>).
/// </summary>
public static class StyleNames
{
    /// <summary>Body text.</summary>
    public const string Normal = "Normal";
    /// <summary>Large document title (e.g. "KALLELSE/UNDERRÄTTELSE" block).</summary>
    public const string Title = "Titel";
    /// <summary>Heading level 1 (maps to Word's Heading 1).</summary>
    public const string Heading1 = "Rubrik1";
    /// <summary>Heading level 2 (maps to Word's Heading 2).</summary>
    public const string Heading2 = "Rubrik2";
    /// <summary>Heading level 3.</summary>
    public const string Heading3 = "Rubrik3";
    /// <summary>The "§ 578" line above an ärende; keeps with next.</summary>
    public const string Paragraf = "Paragraf";
    /// <summary>An "att …" clause with hanging indent: "att" at the margin, text at the tab.</summary>
    public const string AttSats = "AttSats";
    /// <summary>"Samordningsförbundet beslutar" / "… föreslås besluta".</summary>
    public const string Beslutsformel = "Beslutsformel";
    /// <summary>Small text, e.g. labels in boxes and the footer.</summary>
    public const string Small = "Liten";
    /// <summary>Label text in a field row ("Plats och tid", "Beslutande").</summary>
    public const string FieldLabel = "Faltetikett";
    /// <summary>A list item paragraph.</summary>
    public const string ListParagraph = "Listparagraf";

    /// <summary>All known styles.</summary>
    public static readonly IReadOnlyList<string> All =
        [Normal, Title, Heading1, Heading2, Heading3, Paragraf, AttSats, Beslutsformel, Small, FieldLabel, ListParagraph];
}
