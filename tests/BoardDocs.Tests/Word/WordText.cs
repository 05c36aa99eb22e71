using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Tests.Word;

/// <summary>
/// The text of a .docx as read back with the OpenXml SDK, one line per paragraph:
/// <c>[StyleId] text</c>. Paragraphs inside tables come in body order, indented two spaces per
/// table depth, with a <c>┌ tabell</c> line before each table and <c>├ rad</c> before each row after the
/// first. Tabs show as <c>→</c>, line breaks as <c>↵</c>, page breaks as <c>⤓</c>, fields as
/// <c>«PAGE»</c> (their cached results are left out, they change with layout), list paragraphs as
/// <c>[Style numId.ilvl]</c>. Headers and footers follow, each under a <c>== … ==</c> line.
/// </summary>
internal static class WordText
{
    /// <summary>Opens the bytes read-only.</summary>
    public static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes, writable: false), false);

    /// <summary>The whole document as text lines (see the class summary).</summary>
    public static string Dump(byte[] bytes)
    {
        using var document = Open(bytes);
        var main = document.MainDocumentPart!;
        var sb = new StringBuilder();
        sb.Append("== Brödtext ==\n");
        Blocks(main.Document.Body!, 0, sb);
        foreach (var sectPr in main.Document.Body!.Descendants<SectionProperties>())
        {
            foreach (var reference in sectPr.Elements<HeaderReference>())
            {
                var part = (HeaderPart)main.GetPartById(reference.Id!.Value!);
                sb.Append($"== Sidhuvud ({reference.Type?.InnerText ?? "default"}) ==\n");
                Blocks(part.Header!, 0, sb);
            }
            foreach (var reference in sectPr.Elements<FooterReference>())
            {
                var part = (FooterPart)main.GetPartById(reference.Id!.Value!);
                sb.Append($"== Sidfot ({reference.Type?.InnerText ?? "default"}) ==\n");
                Blocks(part.Footer!, 0, sb);
            }
        }
        return sb.ToString();
    }

    /// <summary>Every paragraph of the body, tables included, in order.</summary>
    public static IEnumerable<Paragraph> Paragraphs(WordprocessingDocument document) =>
        document.MainDocumentPart!.Document.Body!.Descendants<Paragraph>();

    /// <summary>The paragraph's text with tabs, breaks and fields shown as in <see cref="Dump"/>.</summary>
    public static string Text(OpenXmlElement paragraph)
    {
        var sb = new StringBuilder();
        var inField = 0;          // nesting of complex fields
        var inResult = false;     // between 'separate' and 'end': cached result, skipped
        var instruction = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.Begin:
                    inField++;
                    instruction.Clear();
                    break;
                case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.Separate:
                    sb.Append('«').Append(instruction.ToString().Trim()).Append('»');
                    inResult = true;
                    break;
                case FieldChar fc when fc.FieldCharType?.Value == FieldCharValues.End:
                    inField = Math.Max(0, inField - 1);
                    inResult = false;
                    break;
                case FieldCode code when inField > 0:
                    instruction.Append(code.Text);
                    break;
                case SimpleField simple:
                    sb.Append('«').Append(simple.Instruction?.Value?.Trim()).Append('»');
                    break;
                case Text t when !inResult && !IsInsideSimpleField(t):
                    sb.Append(t.Text);
                    break;
                case TabChar when !inResult && !IsInsideSimpleField(element) && element.Parent is Run:
                    sb.Append('→');
                    break;
                case Break br when !inResult && !IsInsideSimpleField(br):
                    sb.Append(br.Type?.Value == BreakValues.Page ? '⤓' : '↵');
                    break;
                case NoBreakHyphen when !inResult:
                    sb.Append('‑');
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>The paragraph's style id, or "" without one.</summary>
    public static string StyleId(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";

    private static bool IsInsideSimpleField(OpenXmlElement e) => e.Ancestors<SimpleField>().Any();

    private static void Blocks(OpenXmlElement container, int depth, StringBuilder sb)
    {
        foreach (var child in container.ChildElements)
        {
            switch (child)
            {
                case Paragraph p:
                    sb.Append(' ', depth * 2).Append('[').Append(StyleId(p));
                    if (p.ParagraphProperties?.NumberingProperties is { } num)
                        sb.Append(' ').Append(num.NumberingId?.Val?.Value).Append('.').Append(num.NumberingLevelReference?.Val?.Value ?? 0);
                    sb.Append("] ").Append(Text(p)).Append('\n');
                    break;
                case Table table:
                    sb.Append(' ', depth * 2).Append("┌ tabell\n");
                    var firstRow = true;
                    foreach (var row in table.Elements<TableRow>())
                    {
                        if (!firstRow) sb.Append(' ', depth * 2).Append("├ rad\n");
                        firstRow = false;
                        foreach (var cell in row.Elements<TableCell>())
                            Blocks(cell, depth + 1, sb);
                    }
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Blocks(content, depth, sb);
                    break;
            }
        }
    }
}
