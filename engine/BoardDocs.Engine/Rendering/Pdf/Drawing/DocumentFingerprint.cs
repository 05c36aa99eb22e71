using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BoardDocs.Engine.Documents;

namespace BoardDocs.Engine.Rendering.Pdf.Drawing;

/// <summary>
/// A hash of everything that determines the output, used as the PDF's file identifier (/ID) so
/// that the same input always gives the same bytes, and different documents different IDs.
/// </summary>
internal static class DocumentFingerprint
{
    /// <summary>16 bytes derived from <paramref name="document"/> and <paramref name="setup"/>.</summary>
    public static byte[] Compute(Document document, PageSetup setup, int pageCount)
    {
        var text = new StringBuilder();
        var info = document.Info;
        text.Append(info.Title).Append('\u001F').Append(info.Author).Append('\u001F').Append(info.Subject)
            .Append('\u001F').Append(info.Keywords).Append('\u001F').Append(info.Language)
            .Append('\u001F').Append(info.Timestamp.Ticks).Append('\u001F').Append(Describe(setup)).Append('\u001F').Append(pageCount);
        if (document.Header is { } h)
            text.Append("\u001EH").Append(h);
        if (document.Footer is { } f)
            text.Append("\u001EF").Append(string.Join('|', f.Boxes)).Append(f.Text);
        foreach (var block in document.Blocks)
            Append(text, block);
        return SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))[..16];
    }

    // Invariant formatting: the ID must not depend on the machine's culture (decimal comma in sv-SE).
    static string Describe(PageSetup s) => string.Create(CultureInfo.InvariantCulture,
        $"{s.PageWidthMm:R}|{s.PageHeightMm:R}|{s.MarginLeftMm:R}|{s.MarginRightMm:R}|{s.MarginTopMm:R}|{s.MarginBottomMm:R}|" +
        $"{s.HeaderDistanceMm:R}|{s.FooterDistanceMm:R}|{s.BodyFont}|{s.HeadingFont}|{s.BodySizePt:R}|{s.ParagraphSpacingPt:R}|{s.AttIndentMm:R}");

    static void Append(StringBuilder text, Block block)
    {
        text.Append('\u001E').Append(block.GetType().Name);
        switch (block)
        {
            case Heading h:
                text.Append(h.Level).Append(h.Style).Append(h.Bookmark);
                AppendInlines(text, h.Inlines);
                break;
            case Paragraph p:
                text.Append(p.Style).Append(p.Alignment);
                AppendInlines(text, p.Inlines);
                break;
            case ListBlock l:
                text.Append(l.Ordered).Append(l.Start);
                foreach (var item in l.Items)
                {
                    text.Append("\u001DI");
                    item.ForEach(b => Append(text, b));
                }
                break;
            case Table t:
                text.Append(string.Join(',', t.ColumnWidths.Select(w => w.ToString("R", CultureInfo.InvariantCulture)))).Append(t.Borders);
                foreach (var row in t.Rows)
                {
                    text.Append("\u001DR").Append(row.IsHeader);
                    foreach (var cell in row.Cells)
                    {
                        text.Append("\u001DC").Append(cell.Alignment);
                        cell.Blocks.ForEach(b => Append(text, b));
                    }
                }
                break;
            case SignatureBlock s:
                text.Append(s.Label);
                foreach (var signature in s.Signatures)
                    text.Append('\u001D').Append(signature.Name).Append('|').Append(signature.Role);
                break;
            case BoxBlock b:
                text.Append(b.Title);
                b.Blocks.ForEach(x => Append(text, x));
                break;
        }
    }

    static void AppendInlines(StringBuilder text, List<Inline> inlines)
    {
        foreach (var inline in inlines)
            text.Append('\u001D').Append(inline.Kind).Append(inline.Bold).Append(inline.Italic).Append(inline.Code).Append(inline.Url).Append(inline.Text);
    }
}
