using System.Text;
using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf.Fonts;
using BoardDocs.Engine.Rendering.Pdf.Styles;

namespace BoardDocs.Engine.Rendering.Pdf.Layout.Text;

/// <summary>Turns a paragraph's inlines into measured pieces for the line breaker.</summary>
internal static class TextTokenizer
{
    /// <summary>Family used for <see cref="Inline.Code"/> runs.</summary>
    public const string MonospaceFamily = "Courier New";

    /// <summary>The pieces of <paramref name="inlines"/> in <paramref name="style"/>.</summary>
    /// <param name="inlines">The runs.</param>
    /// <param name="style">Paragraph style.</param>
    /// <param name="fonts">Fonts.</param>
    /// <param name="hyphenBreaks">Allow line breaks after hyphens between letters.</param>
    public static List<TextPiece> Tokenize(IEnumerable<Inline> inlines, ParagraphStyle style, FontSet fonts, bool hyphenBreaks = true)
    {
        var baseFont = fonts.Get(style.Family, style.Size, style.Bold, style.Italic);
        var pieces = new List<TextPiece>();
        var word = new StringBuilder();
        foreach (var inline in inlines)
        {
            switch (inline.Kind)
            {
                case InlineKind.LineBreak:
                    pieces.Add(new TextPiece(PieceKind.Break, "", baseFont, 0));
                    continue;
                case InlineKind.Tab:
                    pieces.Add(new TextPiece(PieceKind.Tab, "", baseFont, 0));
                    continue;
            }
            var font = fonts.Get(inline.Code ? MonospaceFamily : style.Family, style.Size,
                style.Bold || inline.Bold, style.Italic || inline.Italic);
            Split(inline.Text, font, inline.Url, pieces, word, hyphenBreaks);
        }
        return pieces;
    }

    static void Split(string text, TextFont font, string? url, List<TextPiece> pieces, StringBuilder word, bool hyphenBreaks)
    {
        word.Clear();
        int spaceStart = -1;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\r' or '\u00AD')
                continue; // Carriage returns and soft hyphens are never drawn.
            if (IsBreakingSpace(c))
            {
                FlushWord();
                if (spaceStart < 0)
                    spaceStart = i;
                continue;
            }
            FlushSpace(i);
            switch (c)
            {
                case '\n':
                    FlushWord();
                    pieces.Add(new TextPiece(PieceKind.Break, "", font, 0));
                    break;
                case '\t':
                    FlushWord();
                    pieces.Add(new TextPiece(PieceKind.Tab, "", font, 0));
                    break;
                case '\u200B':
                    // Zero-width space: a break opportunity without a visible character.
                    FlushWord(breakAfter: true);
                    break;
                default:
                    word.Append(c);
                    // A hyphen between letters is a break opportunity ("Skellefteå-Norsjö"), one in a date is not.
                    if (hyphenBreaks && c is '-' or '–' && i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                        FlushWord(breakAfter: true);
                    break;
            }
        }
        FlushSpace(text.Length);
        FlushWord();

        void FlushWord(bool breakAfter = false)
        {
            if (word.Length == 0)
                return;
            var s = word.ToString();
            pieces.Add(new TextPiece(PieceKind.Word, s, font, font.Width(s), breakAfter, url));
            word.Clear();
        }

        void FlushSpace(int end)
        {
            if (spaceStart < 0)
                return;
            // Any breaking white space is drawn as ordinary spaces.
            var s = new string(' ', end - spaceStart);
            pieces.Add(new TextPiece(PieceKind.Space, s, font, font.Width(s), false, url));
            spaceStart = -1;
        }
    }

    static bool IsBreakingSpace(char c)
        => c == ' ' || (c != '\u00A0' && c != '\u2007' && c != '\u202F' && c is not ('\t' or '\n' or '\r') && char.IsWhiteSpace(c));
}
