using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Pdf.Styles;

/// <summary>
/// The paragraph styles of <see cref="StyleNames"/> for one <see cref="PageSetup"/>. Values mirror a
/// plain Swedish municipal Word template: Times 12 pt body, Arial bold headings.
/// </summary>
internal sealed class StyleSheet
{
    readonly Dictionary<string, ParagraphStyle> _styles;

    /// <summary>Builds the styles from <paramref name="setup"/>.</summary>
    public StyleSheet(PageSetup setup)
    {
        Setup = setup;
        var body = setup.BodyFont;
        var heading = setup.HeadingFont;
        var size = setup.BodySizePt;
        var after = setup.ParagraphSpacingPt;
        var att = Units.Mm(setup.AttIndentMm);

        Normal = new ParagraphStyle { Family = body, Size = size, SpaceAfter = after };
        _styles = new(StringComparer.OrdinalIgnoreCase)
        {
            [StyleNames.Normal] = Normal,
            [StyleNames.Title] = new() { Family = heading, Size = 18, Bold = true, SpaceBefore = 0, SpaceAfter = 12, KeepLinesTogether = true, KeepWithNext = true },
            [StyleNames.Heading1] = new() { Family = heading, Size = 16, Bold = true, SpaceBefore = 12, SpaceAfter = 6, KeepLinesTogether = true, KeepWithNext = true, Tag = "H1" },
            [StyleNames.Heading2] = new() { Family = heading, Size = 13, Bold = true, SpaceBefore = 10, SpaceAfter = 4, KeepLinesTogether = true, KeepWithNext = true, Tag = "H2" },
            [StyleNames.Heading3] = new() { Family = heading, Size = 12, Bold = true, SpaceBefore = 8, SpaceAfter = 4, KeepLinesTogether = true, KeepWithNext = true, Tag = "H3" },
            [StyleNames.Paragraf] = new() { Family = heading, Size = 12, Bold = true, SpaceBefore = 14, SpaceAfter = 6, KeepLinesTogether = true, KeepWithNext = true, Tag = "H2" },
            // "att" at the margin, the clause at the tab; wrapped lines align with the clause.
            [StyleNames.AttSats] = Normal with { LeftIndent = att, FirstLineIndent = 0, TabStops = [att] },
            // The decision formula introduces the att-clauses and must not be left alone at a page end.
            [StyleNames.Beslutsformel] = Normal with { KeepWithNext = true },
            [StyleNames.Small] = new() { Family = body, Size = 9, SpaceAfter = 3 },
            [StyleNames.FieldLabel] = new() { Family = heading, Size = 10, Bold = true, SpaceAfter = 2 },
            [StyleNames.ListParagraph] = Normal with { SpaceAfter = 2 },
        };
    }

    /// <summary>The page setup the styles were made for.</summary>
    public PageSetup Setup { get; }

    /// <summary>Body text.</summary>
    public ParagraphStyle Normal { get; }

    /// <summary>The style named <paramref name="name"/>, or Normal for unknown names.</summary>
    public ParagraphStyle Get(string? name)
        => name is not null && _styles.TryGetValue(name, out var style) ? style : Normal;

    /// <summary>The style for a heading: its named style, tagged by outline level.</summary>
    public ParagraphStyle ForHeading(Heading heading)
    {
        var style = _styles.TryGetValue(heading.Style, out var s) ? s : _styles[StyleNames.Heading1];
        var level = Math.Clamp(heading.Level, 1, 6);
        return style with { Tag = "H" + level, KeepLinesTogether = true, KeepWithNext = true };
    }
}
