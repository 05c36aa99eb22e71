using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Our styles part: every style in <see cref="StyleNames"/> plus the built-in ones Word expects
/// (header, footer, hyperlink, table default), all in the document's language.
/// </summary>
internal static class StyleSheet
{
    public static Styles Build(PageSetup setup, string language)
    {
        var body = setup.BodySizePt;
        var after = Twips.FromPt(setup.ParagraphSpacingPt);
        var att = Twips.FromMm(setup.AttIndentMm);

        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    Fonts(setup.BodyFont),
                    new FontSize { Val = Twips.HalfPoints(body) },
                    new FontSizeComplexScript { Val = Twips.HalfPoints(body) },
                    new Languages { Val = language })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = Twips.Str(after), Line = "240", LineRule = LineSpacingRuleValues.Auto }))));

        styles.Append(
            ParagraphStyle(StyleNames.Normal, "Normal", language, basedOn: null, isDefault: true),
            Heading(StyleIds.Heading1, "heading 1", 0, setup.HeadingFont, body + 4, before: 360, language),
            Heading(StyleIds.Heading2, "heading 2", 1, setup.HeadingFont, body + 1, before: 240, language),
            Heading(StyleIds.Heading3, "heading 3", 2, setup.HeadingFont, body, before: 200, language),
            Title(setup, language),
            Paragraf(setup, language),
            AttSats(att, language),
            Beslutsformel(language),
            Small(setup, language),
            FieldLabel(setup, language),
            ListParagraph(after, language),
            HeaderFooter(StyleIds.Header, "header", setup, language),
            HeaderFooter(StyleIds.Footer, "footer", setup, language),
            Hyperlink(),
            TableNormal());
        return styles;
    }

    private static RunFonts Fonts(string font) => new() { Ascii = font, HighAnsi = font, ComplexScript = font, EastAsia = font };

    private static Style ParagraphStyle(string id, string name, string language, string? basedOn = StyleNames.Normal, bool isDefault = false)
    {
        var style = new Style
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            Default = isDefault ? true : null,
            StyleName = new StyleName { Val = name },
            PrimaryStyle = new PrimaryStyle(),
            StyleParagraphProperties = new StyleParagraphProperties(),
            StyleRunProperties = new StyleRunProperties { Languages = new Languages { Val = language } },
        };
        if (basedOn is not null)
        {
            style.BasedOn = new BasedOn { Val = basedOn };
            style.NextParagraphStyle = new NextParagraphStyle { Val = StyleNames.Normal };
        }
        return style;
    }

    private static Style Heading(string id, string name, int outline, string font, double sizePt, int before, string language)
    {
        var style = ParagraphStyle(id, name, language);
        style.UIPriority = new UIPriority { Val = 9 };
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = Twips.Str(before), After = "120" },
            OutlineLevel = new OutlineLevel { Val = outline },
        };
        Bold(style.StyleRunProperties!);
        style.StyleRunProperties!.RunFonts = Fonts(font);
        Size(style.StyleRunProperties, sizePt);
        return style;
    }

    private static Style Title(PageSetup setup, string language)
    {
        var style = ParagraphStyle(StyleNames.Title, "Titel", language);
        style.StyleParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = "240" };
        style.StyleRunProperties!.RunFonts = Fonts(setup.HeadingFont);
        Bold(style.StyleRunProperties);
        Size(style.StyleRunProperties, setup.BodySizePt + 8);
        return style;
    }

    private static Style Paragraf(PageSetup setup, string language)
    {
        var style = ParagraphStyle(StyleNames.Paragraf, "Paragraf", language);
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            KeepLines = new KeepLines(),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "60" },
        };
        style.StyleRunProperties!.RunFonts = Fonts(setup.HeadingFont);
        Bold(style.StyleRunProperties);
        return style;
    }

    private static Style AttSats(int indent, string language)
    {
        var style = ParagraphStyle(StyleNames.AttSats, "Att-sats", language);
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            Tabs = new Tabs(new TabStop { Val = TabStopValues.Left, Position = indent }),
            Indentation = new Indentation { Left = Twips.Str(indent), Hanging = Twips.Str(indent) },
        };
        return style;
    }

    private static Style Beslutsformel(string language)
    {
        var style = ParagraphStyle(StyleNames.Beslutsformel, "Beslutsformel", language);
        // The formula introduces the att-satser below it; a page must not end between them.
        style.StyleParagraphProperties = new StyleParagraphProperties { KeepNext = new KeepNext() };
        style.NextParagraphStyle = new NextParagraphStyle { Val = StyleNames.AttSats };
        return style;
    }

    private static Style Small(PageSetup setup, string language)
    {
        var style = ParagraphStyle(StyleNames.Small, "Liten", language);
        style.StyleParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = "0" };
        Size(style.StyleRunProperties!, Math.Max(setup.BodySizePt - 4, 6));
        return style;
    }

    private static Style FieldLabel(PageSetup setup, string language)
    {
        var style = ParagraphStyle(StyleNames.FieldLabel, "Fältetikett", language);
        style.StyleRunProperties!.RunFonts = Fonts(setup.HeadingFont);
        Bold(style.StyleRunProperties);
        Size(style.StyleRunProperties, Math.Max(setup.BodySizePt - 2, 6));
        return style;
    }

    private static Style ListParagraph(int after, string language)
    {
        var style = ParagraphStyle(StyleNames.ListParagraph, "Listparagraf", language);
        // Items sit tight; the space after the last one separates the list from what follows.
        style.StyleParagraphProperties = new StyleParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { After = Twips.Str(after) },
            Indentation = new Indentation { Left = Twips.Str(NumberingBuilder.IndentStep) },
            ContextualSpacing = new ContextualSpacing(),
        };
        return style;
    }

    private static Style HeaderFooter(string id, string name, PageSetup setup, string language)
    {
        var style = ParagraphStyle(id, name, language);
        style.PrimaryStyle = null;
        style.UIPriority = new UIPriority { Val = 99 };
        style.UnhideWhenUsed = new UnhideWhenUsed();
        style.StyleParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { After = "0" };
        style.StyleRunProperties!.RunFonts = Fonts(setup.HeadingFont);
        Size(style.StyleRunProperties, Math.Max(setup.BodySizePt - 2, 6));
        return style;
    }

    private static Style Hyperlink() => new()
    {
        Type = StyleValues.Character,
        StyleId = StyleIds.Hyperlink,
        StyleName = new StyleName { Val = "Hyperlink" },
        UIPriority = new UIPriority { Val = 99 },
        UnhideWhenUsed = new UnhideWhenUsed(),
        StyleRunProperties = new StyleRunProperties
        {
            Color = new Color { Val = "0563C1" },
            Underline = new Underline { Val = UnderlineValues.Single },
        },
    };

    private static Style TableNormal() => new()
    {
        Type = StyleValues.Table,
        StyleId = StyleIds.TableNormal,
        Default = true,
        StyleName = new StyleName { Val = "Normal Table" },
        UIPriority = new UIPriority { Val = 99 },
        SemiHidden = new SemiHidden(),
        UnhideWhenUsed = new UnhideWhenUsed(),
        StyleTableProperties = new StyleTableProperties
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableCellMarginDefault = new TableCellMarginDefault
            {
                TopMargin = new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                TableCellLeftMargin = new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                BottomMargin = new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                TableCellRightMargin = new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa },
            },
        },
    };

    private static void Bold(StyleRunProperties rPr)
    {
        rPr.Bold = new Bold();
        rPr.BoldComplexScript = new BoldComplexScript();
    }

    private static void Size(StyleRunProperties rPr, double pt)
    {
        rPr.FontSize = new FontSize { Val = Twips.HalfPoints(pt) };
        rPr.FontSizeComplexScript = new FontSizeComplexScript { Val = Twips.HalfPoints(pt) };
    }
}
