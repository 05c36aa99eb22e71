using BoardDocs.Engine.Documents;

namespace BoardDocs.Tests.Pdf;

/// <summary>Hand-built documents for the PDF renderer tests.</summary>
internal static class PdfFixtures
{
    public static readonly DateTime Timestamp = new(2014, 11, 28, 13, 0, 0, DateTimeKind.Utc);

    public static DocumentInfo Info(string title = "Protokoll 2014-11-28 – Samordningsförbundet Skellefteå-Norsjö") => new()
    {
        Title = title,
        Author = "Anna Sekreterare",
        Subject = "Samordningsförbundet Skellefteå-Norsjö",
        Keywords = "protokoll, styrelse",
        Timestamp = Timestamp,
    };

    public static PageHeader Header => new("Samordningsförbundet Skellefteå-Norsjö", "PROTOKOLL", "2014-11-28", true);

    public static PageFooter Footer => new(["Justering (sign)", "Utdragsbestyrkande"]);

    public static Paragraph P(string text, string style = StyleNames.Normal) => new(style, [new Inline(text)]);

    public static Paragraph Att(string text) => new(StyleNames.AttSats, [new Inline("att"), Inline.TabStop, new Inline(text)]);

    public static Heading Paragraf(int number, string title) =>
        new(2, StyleNames.Paragraf, [new Inline($"§ {number} {title}")]) { Bookmark = $"§ {number} {title}" };

    public static Paragraph Field(string label) => new(StyleNames.FieldLabel, [new Inline(label)]);

    public static TableRow FieldRow(string label, params Inline[] value) => new()
    {
        Cells = [new TableCell { Blocks = [Field(label)] }, new TableCell { Blocks = [new Paragraph(StyleNames.Normal, value)] }],
    };

    public const string Lorem =
        "Förbundschefen redogör för verksamheten under perioden. Insatserna för personer som står långt från " +
        "arbetsmarknaden har utvecklats väl och samverkan mellan Försäkringskassan, Arbetsförmedlingen, kommunerna " +
        "och landstinget fungerar enligt överenskommelsen. Budgeten följs och prognosen för helåret visar ett " +
        "mindre överskott som föreslås föras över till nästa år enligt § 12 i förbundsordningen – «som tidigare». …";

    /// <summary>A protocol like a Swedish municipal one, at least three pages long.</summary>
    public static Document Protocol(int paragraphs = 8)
    {
        var blocks = new List<Block>
        {
            new Paragraph(StyleNames.Title, [new Inline("PROTOKOLL")]),
            new Table
            {
                Borders = false,
                ColumnWidths = [1, 3],
                Rows =
                [
                    FieldRow("Plats och tid", new Inline("Kommunhuset, Skellefteå, fredagen den 28 november 2014 kl. 09.00–12.00")),
                    FieldRow("Beslutande", new Inline("Åsa Öberg (S), ordförande"), Inline.Break, new Inline("Lars Ähdén (M)"), Inline.Break, new Inline("Örjan Lind (C)")),
                    FieldRow("Övriga deltagare", new Inline("Anna Sekreterare, förbundschef")),
                    FieldRow("Utses att justera", new Inline("Lars Ähdén")),
                    FieldRow("Justeringens plats och tid", new Inline("Kommunhuset 2014-12-03")),
                    FieldRow("Paragrafer", new Inline("§ 578–" + (577 + paragraphs))),
                ],
            },
            new SignatureBlock("Underskrifter",
            [
                new Signature("Anna Sekreterare", "sekreterare"),
                new Signature("Åsa Öberg", "ordförande"),
                new Signature("Lars Ähdén", "justerare"),
            ]),
            new BoxBlock("BEVIS OM ANSLAG",
            [
                new Table
                {
                    Borders = false,
                    ColumnWidths = [1, 3],
                    Rows =
                    [
                        FieldRow("Organ", new Inline("Samordningsförbundet Skellefteå-Norsjö")),
                        FieldRow("Sammanträdesdatum", new Inline("2014-11-28")),
                        FieldRow("Anslaget sätts upp", new Inline("2014-12-04")),
                    ],
                },
                P("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", StyleNames.Small),
            ]),
            new PageBreak(),
        };
        for (int i = 0; i < paragraphs; i++)
        {
            int number = 578 + i;
            blocks.Add(Paragraf(number, i == 0 ? "Val av justerare" : $"Ärende {i + 1} – Åtgärder för ökad samverkan"));
            blocks.Add(P(i % 2 == 0 ? Lorem : Lorem + " " + Lorem));
            if (i == 2)
            {
                blocks.Add(new ListBlock
                {
                    Items =
                    [
                        [P("Insatser för unga vuxna", StyleNames.ListParagraph)],
                        [P("Rehabilitering i samverkan med Försäkringskassan och Arbetsförmedlingen där texten är så lång att den bryts över flera rader", StyleNames.ListParagraph),
                         new ListBlock { Ordered = true, Items = [[P("Första delmålet", StyleNames.ListParagraph)], [P("Andra delmålet", StyleNames.ListParagraph)]] }],
                        [P("Uppföljning och utvärdering", StyleNames.ListParagraph)],
                    ],
                });
            }
            if (i == 3)
            {
                blocks.Add(new Table
                {
                    ColumnWidths = [3, 1, 1],
                    Rows =
                    [
                        new TableRow { IsHeader = true, Cells = [Cell("Insats"), Cell("Budget", Alignment.Right), Cell("Utfall", Alignment.Right)] },
                        new TableRow { Cells = [Cell("Arbetslivsinriktad rehabilitering"), Cell("1 200 tkr", Alignment.Right), Cell("1 150 tkr", Alignment.Right)] },
                        new TableRow { Cells = [Cell("Unga till arbete"), Cell("800 tkr", Alignment.Right), Cell("812 tkr", Alignment.Right)] },
                    ],
                });
            }
            blocks.Add(new Paragraph(StyleNames.Beslutsformel, [new Inline("Samordningsförbundet beslutar")]));
            blocks.Add(Att("godkänna informationen."));
            blocks.Add(Att("uppdra åt förbundschefen att återkomma med en fördjupad redovisning av insatsernas resultat vid nästa sammanträde, inklusive kostnader per deltagare."));
        }
        return new Document { Info = Info(), Header = Header, Footer = Footer, Blocks = blocks };
    }

    public static TableCell Cell(string text, Alignment alignment = Alignment.Left)
        => new() { Blocks = [P(text)], Alignment = alignment };
}
