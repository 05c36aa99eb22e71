using BoardDocs.Engine.Documents;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace BoardDocs.Engine.Rendering.Docx;

/// <summary>
/// Writes signature lines as a borderless table, two signatories per row: room to sign, a dotted
/// line, the name and the role under it; an optional label ("Underskrifter") in a narrow first column.
/// </summary>
internal sealed class SignatureWriter
{
    private const char Dot = '…';
    private const int PerRow = 2;
    private readonly BlockWriter writer;
    private readonly RenderContext context;

    public SignatureWriter(BlockWriter writer, RenderContext context)
    {
        this.writer = writer;
        this.context = context;
    }

    public W.Table Write(SignatureBlock block, BlockScope scope)
    {
        var hasLabel = !string.IsNullOrWhiteSpace(block.Label);
        var labelWidth = hasLabel ? Math.Min(Twips.FromMm(35), scope.Width / 4) : 0;
        var signatureWidths = TableParts.Scale([], PerRow, scope.Width - labelWidth);
        var widths = hasLabel ? signatureWidths.Prepend(labelWidth).ToArray() : signatureWidths;
        var room = Twips.FromMm(10);

        var table = new W.Table(TableParts.Properties(scope.Width, borders: false), TableParts.Grid(widths));
        var rows = block.Signatures.Chunk(PerRow).ToList();
        if (rows.Count == 0)
        {
            rows.Add([]);
        }
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new W.TableRow();
            if (hasLabel)
            {
                var label = r == 0
                    ? writer.WriteParagraph(StyleNames.FieldLabel, [new Inline(block.Label!)])
                    : BlockWriter.Spacer();
                // The label sits level with the first dotted line.
                KeepRules.Properties(label).SpacingBetweenLines = new W.SpacingBetweenLines { Before = Twips.Str(room), After = "0" };
                row.Append(TableParts.Cell(labelWidth, [label]));
            }
            for (var c = 0; c < PerRow; c++)
            {
                var width = signatureWidths[c];
                var content = c < rows[r].Length ? Signature(rows[r][c], width - TableParts.LayoutGap, room) : [];
                row.Append(TableParts.Cell(width, content));
            }
            table.Append(row);
        }
        return table;
    }

    private List<OpenXmlElement> Signature(Signature signature, int textWidth, int room)
    {
        var line = writer.WriteParagraph(StyleNames.Normal, [new Inline(DottedLine(textWidth))]);
        // Space before the dotted line is the room to sign in, so a secretary sees no stray empty lines.
        KeepRules.Properties(line).SpacingBetweenLines = new W.SpacingBetweenLines { Before = Twips.Str(room), After = "0" };
        var name = writer.WriteParagraph(StyleNames.Normal, [new Inline(signature.Name)]);
        KeepRules.Properties(name).SpacingBetweenLines = new W.SpacingBetweenLines { After = "0" };
        var result = new List<OpenXmlElement> { line, name };
        if (!string.IsNullOrWhiteSpace(signature.Role))
        {
            result.Add(writer.WriteParagraph(StyleNames.Normal, [new Inline(signature.Role)]));
        }
        return result;
    }

    /// <summary>As many dots as fit on one line of the cell (an ellipsis is one em wide in Times).</summary>
    private string DottedLine(int textWidth)
    {
        var em = Twips.FromPt(context.Setup.BodySizePt);
        var count = Math.Clamp((int)(textWidth * 0.9 / Math.Max(em, 1)), 5, 20);
        return new string(Dot, count);
    }
}
