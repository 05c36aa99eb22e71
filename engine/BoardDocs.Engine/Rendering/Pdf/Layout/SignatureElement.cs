using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Drawing;
using BoardDocs.Engine.Rendering.Pdf.Fonts;
using PdfSharp.Drawing;

namespace BoardDocs.Engine.Rendering.Pdf.Layout;

/// <summary>
/// Signature lines two per row: room to sign, a dotted line, the printed name and the role under
/// it; an optional label ("Underskrifter") at the left. Splits only between rows.
/// </summary>
internal sealed class SignatureElement : LayoutElement
{
    static readonly double SignSpace = Units.Mm(12);
    static readonly double RowGap = Units.Mm(4);
    static readonly double ColumnGap = Units.Mm(10);
    const double LineGap = 3;

    readonly Model _model;
    readonly int _startRow;

    /// <summary>The fonts and structure of a signature block.</summary>
    /// <param name="Label">Label text, or null.</param>
    /// <param name="Signatures">The signatories.</param>
    /// <param name="LabelFont">Font of the label.</param>
    /// <param name="NameFont">Font of the printed names.</param>
    /// <param name="RoleFont">Font of the roles.</param>
    /// <param name="LabelNode">Structure element of the label.</param>
    /// <param name="SignatureNodes">One structure element per signatory.</param>
    /// <param name="KeepTogether">Move the whole block rather than split it.</param>
    /// <param name="SpaceAfter">Space below.</param>
    public sealed record Model(string? Label, IReadOnlyList<Signature> Signatures, TextFont LabelFont, TextFont NameFont,
        TextFont RoleFont, StructNode LabelNode, IReadOnlyList<StructNode> SignatureNodes, bool KeepTogether, double SpaceAfter);

    /// <summary>Creates the element.</summary>
    public SignatureElement(Model model) : this(model, 0) { }

    SignatureElement(Model model, int startRow)
    {
        _model = model;
        _startRow = startRow;
    }

    int RowCount => (_model.Signatures.Count + 1) / 2;

    double RowHeight => SignSpace + LineGap + _model.NameFont.LineHeight + _model.RoleFont.LineHeight;

    /// <inheritdoc />
    public override double SpaceBefore => _startRow == 0 ? 6 : 0;

    /// <inheritdoc />
    public override double SpaceAfter => _model.SpaceAfter;

    /// <inheritdoc />
    public override bool KeepTogether => _model.KeepTogether;

    /// <inheritdoc />
    public override LayoutResult Layout(LayoutContext ctx, double width, double available, bool atTop)
    {
        int rows = RowCount - _startRow;
        if (rows <= 0)
            return LayoutResult.Fits(new SignatureFragment(this, 0, _model.Label is null ? 0 : _model.LabelFont.LineHeight));
        int fit = 0;
        double height = 0;
        while (fit < rows)
        {
            double next = height + (fit > 0 ? RowGap : 0) + RowHeight;
            if (next > available + LayoutContext.Epsilon)
                break;
            height = next;
            fit++;
        }
        if (fit == rows)
            return LayoutResult.Fits(new SignatureFragment(this, fit, height));
        if (fit == 0)
        {
            if (!atTop)
                return LayoutResult.Wrap;
            fit = 1;
            height = RowHeight;
        }
        return LayoutResult.Partial(new SignatureFragment(this, fit, height), new SignatureElement(_model, _startRow + fit));
    }

    sealed class SignatureFragment(SignatureElement element, int rows, double height) : Fragment
    {
        public override double Height => height;

        public override void Draw(DrawContext dc, double x, double y, double width)
        {
            var m = element._model;
            // The label column matches the usual 1:3 field rows above, so names line up with the field values.
            double labelWidth = m.Label is null ? 0 : width / 4 + TableModel.CellPadding;
            double columnWidth = (width - labelWidth - ColumnGap) / 2;
            var gfx = dc.Gfx;
            if (element._startRow == 0 && m.Label is { } label)
            {
                dc.Tags.Enter(m.LabelNode);
                gfx.DrawString(label, m.LabelFont.XFont, XBrushes.Black, x, y + SignSpace, XStringFormats.BaseLineLeft);
            }
            var pen = new XPen(XColors.Black, 0.75) { DashStyle = XDashStyle.Dot };
            double top = y;
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < 2; c++)
                {
                    int index = (element._startRow + r) * 2 + c;
                    if (index >= m.Signatures.Count)
                        break;
                    var signature = m.Signatures[index];
                    double left = x + labelWidth + c * (columnWidth + ColumnGap);
                    double lineY = top + SignSpace;
                    dc.Tags.Artifact(() => gfx.DrawLine(pen, left, lineY, left + columnWidth, lineY));
                    dc.Tags.Enter(m.SignatureNodes[index]);
                    double nameBaseline = lineY + LineGap + m.NameFont.Ascent;
                    gfx.DrawString(signature.Name, m.NameFont.XFont, XBrushes.Black, left, nameBaseline, XStringFormats.BaseLineLeft);
                    if (!string.IsNullOrEmpty(signature.Role))
                        gfx.DrawString(signature.Role, m.RoleFont.XFont, XBrushes.Black, left,
                            lineY + LineGap + m.NameFont.LineHeight + m.RoleFont.Ascent, XStringFormats.BaseLineLeft);
                }
                top += element.RowHeight + RowGap;
            }
        }
    }
}
