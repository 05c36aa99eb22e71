using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Maps <see cref="StyleNames"/> to Word style ids. Headings use Word's built-in ids so that the
/// navigation pane, the table of contents and a localized Word ("Rubrik 1") recognise them.
/// </summary>
internal static class StyleIds
{
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Header = "Header";
    public const string Footer = "Footer";
    public const string Hyperlink = "Hyperlink";
    public const string TableNormal = "TableNormal";

    /// <summary>The style id for a model style name; unknown names fall back to Normal so the file stays valid.</summary>
    public static string For(string? styleName) => styleName switch
    {
        StyleNames.Heading1 => Heading1,
        StyleNames.Heading2 => Heading2,
        StyleNames.Heading3 => Heading3,
        not null when StyleNames.All.Contains(styleName) => styleName,
        _ => StyleNames.Normal,
    };

    /// <summary>True for styles that carry an outline level themselves.</summary>
    public static bool HasOutlineLevel(string styleId) => styleId is Heading1 or Heading2 or Heading3;
}
