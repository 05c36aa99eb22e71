using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ModelDocument = BoardDocs.Engine.Documents.Document;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Assembles the package. Every part and relationship gets an explicit id, since the SDK's own are
/// random and would make equal documents differ.
/// </summary>
internal static class PackageBuilder
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    private const string HeaderId = "rIdHeader1";
    private const string FooterId = "rIdFooter1";

    public static void Write(ModelDocument document, PageSetup setup, ReferenceDocument? reference, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
        var language = string.IsNullOrWhiteSpace(document.Info.Language) ? "sv-SE" : document.Info.Language;

        var geometry = PageGeometry.From(setup);
        if (reference?.Section is { } section)
        {
            geometry = geometry.With(section.GetFirstChild<PageSize>(), section.GetFirstChild<PageMargin>());
        }
        var numbering = new NumberingBuilder();
        if (reference?.Numbering is { } referenceNumbering)
        {
            numbering.Import(referenceNumbering);
        }
        var context = new RenderContext(main, setup, geometry, numbering);

        var body = new Body();
        body.Append(new BlockWriter(context).Write(document.Blocks, new BlockScope(geometry.TextWidth)));
        if (body.LastChild is not Paragraph)
        {
            // Word ends every body with a paragraph; a final table would otherwise absorb the section.
            body.Append(new Paragraph());
        }

        var styles = StyleSheet.Build(setup, language);
        IReadOnlyDictionary<string, string> renames = new Dictionary<string, string>();
        if (reference?.Styles is { } referenceStyles)
        {
            (styles, renames) = StyleMerger.Merge(referenceStyles, styles);
        }
        main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = styles;
        if (!numbering.IsEmpty)
        {
            main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = numbering.Build();
        }
        main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = SettingsWriter.Build(language);
        if (reference?.Theme is { } theme)
        {
            main.AddPart(theme, "rIdTheme");
        }
        if (reference?.FontTable is { } fontTable)
        {
            main.AddPart(fontTable, "rIdFontTable");
        }

        var sectionProperties = new SectionProperties();
        if (WriteHeader(main, document.Header, reference, geometry, renames))
        {
            sectionProperties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = HeaderId });
        }
        if (document.Footer is { } footer)
        {
            var footerPart = main.AddNewPart<FooterPart>(FooterId);
            footerPart.Footer = FooterWriter.Build(footer, geometry.TextWidth);
            StyleMerger.Apply(footerPart.Footer, renames);
            sectionProperties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = FooterId });
        }
        sectionProperties.Append(
            geometry.ToPageSize(),
            geometry.ToPageMargin(),
            new Columns { Space = "708" },
            new DocGrid { LinePitch = 360 });
        body.Append(sectionProperties);

        var root = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        Namespaces.Declare(root);
        StyleMerger.Apply(root, renames);
        main.Document = root;

        var core = word.AddNewPart<CoreFilePropertiesPart>(CoreContentType, "rIdCore");
        CorePropertiesWriter.Write(core, document.Info);
    }

    /// <summary>
    /// Our header, or the reference's default header copied with its images. A reference header
    /// that shows no page number gets our header table appended under its own content (typically
    /// a logo); one that has a PAGE field is taken as complete.
    /// </summary>
    private static bool WriteHeader(MainDocumentPart main, PageHeader? header, ReferenceDocument? reference, PageGeometry geometry, IReadOnlyDictionary<string, string> renames)
    {
        if (reference?.DefaultHeader is { } referenceHeader)
        {
            var copied = main.AddPart(referenceHeader, HeaderId);
            if (header is not null && !HasPageField(copied.Header))
            {
                var content = HeaderWriter.Content(header, geometry.TextWidth).ToList();
                content.ForEach(e => StyleMerger.Apply(e, renames));
                copied.Header.Append(content);
                copied.Header.Save();
            }
            return true;
        }
        if (header is null)
        {
            return false;
        }
        var part = main.AddNewPart<HeaderPart>(HeaderId);
        part.Header = HeaderWriter.Build(header, geometry.TextWidth);
        StyleMerger.Apply(part.Header, renames);
        return true;
    }

    private static bool HasPageField(Header header) =>
        header.Descendants<FieldCode>().Any(f => IsPageInstruction(f.Text))
        || header.Descendants<SimpleField>().Any(f => IsPageInstruction(f.Instruction?.Value));

    private static bool IsPageInstruction(string? instruction) =>
        instruction?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Equals("PAGE", StringComparison.OrdinalIgnoreCase) == true;
}
