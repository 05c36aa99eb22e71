using BoardDocs.Engine.Rendering.Pdf.Fonts;
using BoardDocs.Engine.Rendering.Pdf.Styles;

namespace BoardDocs.Engine.Rendering.Pdf.Layout.Text;

/// <summary>
/// Greedy line breaking with real glyph widths. Lines break at spaces (and after hyphens between
/// letters); a word wider than the line is broken between characters so nothing crosses the margin.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Default tab interval (Word's 1.25 cm).</summary>
    public static readonly double DefaultTabInterval = Units.Mm(12.5);

    /// <summary>Breaks <paramref name="pieces"/> into lines of at most <paramref name="width"/> points.</summary>
    public static List<TextLine> Break(IReadOnlyList<TextPiece> pieces, ParagraphStyle style, TextFont baseFont, double width)
    {
        const double eps = LayoutContext.Epsilon;
        var lines = new List<TextLine>();
        var line = new LineBuilder(baseFont);
        line.Start(style.FirstLineIndent);
        int pendingStart = -1; // first of the spaces waiting for a following word
        double pendingWidth = 0;

        int i = 0;
        while (i < pieces.Count)
        {
            var piece = pieces[i];
            switch (piece.Kind)
            {
                case PieceKind.Break:
                    NewLine();
                    i++;
                    break;

                case PieceKind.Space:
                    if (pendingStart < 0)
                        pendingStart = i;
                    pendingWidth += piece.Width;
                    i++;
                    break;

                case PieceKind.Tab:
                {
                    double stop = NextTabStop(style, line.X + pendingWidth);
                    if (stop > width + eps && line.HasWords)
                    {
                        NewLine();
                        stop = NextTabStop(style, line.X);
                    }
                    line.TabTo(Math.Min(stop, width));
                    ClearPending();
                    i++;
                    break;
                }

                default:
                {
                    // A cluster is a run of words with no break opportunity between them ("**fet**stil").
                    int end = i;
                    double clusterWidth = 0;
                    while (true)
                    {
                        clusterWidth += pieces[end].Width;
                        end++;
                        if (pieces[end - 1].BreakAfter || end >= pieces.Count || pieces[end].Kind != PieceKind.Word)
                            break;
                    }
                    if (line.X + pendingWidth + clusterWidth <= width + eps)
                    {
                        AddPending();
                        for (int k = i; k < end; k++)
                            line.Add(pieces[k]);
                        i = end;
                    }
                    else if (!line.HasWords || clusterWidth > width - style.LeftIndent + eps)
                    {
                        // Too wide even for a line of its own: break it between characters right here
                        // rather than leaving the rest of this line empty.
                        if (line.HasWords)
                            AddPending();
                        else
                            ClearPending();
                        BreakByCharacters(pieces, i, end, line, lines, style, width);
                        i = end;
                    }
                    else
                        NewLine();
                    break;
                }
            }
        }
        lines.Add(line.Finish());
        return lines;

        void NewLine()
        {
            lines.Add(line.Finish());
            line.Start(style.LeftIndent);
            ClearPending();
        }

        void AddPending()
        {
            if (pendingStart < 0)
                return;
            for (int k = pendingStart; k < pieces.Count && pieces[k].Kind == PieceKind.Space; k++)
                line.Add(pieces[k]);
            ClearPending();
        }

        void ClearPending()
        {
            pendingStart = -1;
            pendingWidth = 0;
        }
    }

    /// <summary>Places an over-long cluster character by character, starting new lines as needed.</summary>
    static void BreakByCharacters(IReadOnlyList<TextPiece> pieces, int start, int end, LineBuilder line,
        List<TextLine> lines, ParagraphStyle style, double width)
    {
        for (int k = start; k < end; k++)
        {
            var piece = pieces[k];
            var text = piece.Text.AsSpan();
            int from = 0;
            double taken = 0;
            for (int c = 0; c < text.Length; c++)
            {
                int len = char.IsHighSurrogate(text[c]) && c + 1 < text.Length ? 2 : 1;
                double w = piece.Font.Width(text.Slice(c, len));
                bool lineHasContent = line.HasWords || c > from;
                if (line.X + taken + w > width + LayoutContext.Epsilon && lineHasContent)
                {
                    if (c > from)
                        line.Add(piece, text[from..c], taken);
                    lines.Add(line.Finish());
                    line.Start(style.LeftIndent);
                    from = c;
                    taken = 0;
                }
                taken += w;
                c += len - 1;
            }
            if (from < text.Length)
                line.Add(piece, text[from..], taken);
        }
    }

    static double NextTabStop(ParagraphStyle style, double x)
    {
        foreach (var stop in style.TabStops)
        {
            if (stop > x + LayoutContext.Epsilon)
                return stop;
        }
        // Default stops continue at regular intervals from the left edge.
        return (Math.Floor(x / DefaultTabInterval + 1e-9) + 1) * DefaultTabInterval;
    }
}
