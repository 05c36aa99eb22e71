using BoardDocs.Engine.Documents;

namespace BoardDocs.Tests.Docx;

/// <summary>A realistic protocol, built by hand, that exercises every block kind the Word renderer knows.</summary>
internal static class ProtocolFixture
{
    public const string Organ = "Samordningsförbundet Skellefteå-Norsjö";
    public const string AttText = "godkänna informationen.";
    public const string Url = "https://www.example.se/samordningsforbundet";

    public static Document Create() => new()
    {
        Info = new DocumentInfo
        {
            Title = "Protokoll 2014-11-28 – " + Organ,
            Author = "Maria Lindberg",
            Subject = Organ,
            Keywords = "protokoll, styrelse",
            Language = "sv-SE",
            Timestamp = new DateTime(2014, 11, 28, 12, 0, 0, DateTimeKind.Utc),
        },
        Header = new PageHeader(Organ, "PROTOKOLL", "2014-11-28", ShowPageNumbers: true),
        Footer = new PageFooter(["Justering (sign)", "Utdragsbestyrkande"]),
        Blocks = FirstPage().Concat([new PageBreak()]).Concat(Paragraphs()).ToList(),
    };

    private static IEnumerable<Block> FirstPage()
    {
        yield return new Paragraph(StyleNames.Title, [new Inline("Styrelsens sammanträde")]);
        yield return new Table
        {
            Borders = false,
            ColumnWidths = [55, 110],
            Rows =
            [
                FieldRow("Plats och tid", [new Inline("Kommunhuset, Skellefteå, fredagen den 28 november 2014 kl. 09.00–11.30")]),
                FieldRow("Beslutande", [new Inline("Lorentz Andersson (S), ordförande"), Inline.Break, new Inline("Anna Svensson (C)"), Inline.Break, new Inline("Örjan Åström (M)")]),
                FieldRow("Övriga deltagande", [new Inline("Maria Lindberg, förbundschef"), Inline.Break, new Inline("Pär Öberg, ekonom")]),
                FieldRow("Utses att justera", [new Inline("Anna Svensson")]),
                FieldRow("Justeringens plats och tid", [new Inline("Kommunhuset, 2014-12-03")]),
            ],
        };
        yield return new SignatureBlock("Underskrifter",
        [
            new Signature("Maria Lindberg", "sekreterare"),
            new Signature("Lorentz Andersson", "ordförande"),
            new Signature("Anna Svensson", "justerare"),
        ]);
        yield return new BoxBlock("BEVIS OM ANSLAG",
        [
            new Paragraph(StyleNames.Normal, [new Inline("Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")]),
            new Paragraph(StyleNames.Small, [new Inline("Organ: " + Organ)]),
            new Paragraph(StyleNames.Small, [new Inline("Sammanträdesdatum: 2014-11-28")]),
            new Paragraph(StyleNames.Small, [new Inline("Förvaringsplats för protokollet: Kommunkansliet, Skellefteå")]),
        ]);
    }

    private static IEnumerable<Block> Paragraphs()
    {
        yield return new Heading(1, StyleNames.Paragraf, [new Inline("§ 578")]) { Bookmark = "§ 578 Fastställande av dagordning" };
        yield return new Heading(2, StyleNames.Heading2, [new Inline("Fastställande av dagordning")]);
        yield return new Paragraph(StyleNames.Normal,
        [
            new Inline("Ordföranden föreslår att den "),
            new Inline("utsända", Bold: true),
            new Inline(" dagordningen fastställs med "),
            new Inline("tillägg", Italic: true),
            new Inline(" av ärendet «Budget 2015» – enligt § 3 i förbundsordningen."),
        ]);
        yield return new Paragraph(StyleNames.Beslutsformel, [new Inline("Samordningsförbundet beslutar")]);
        yield return Att("fastställa dagordningen med föreslaget tillägg, samt");
        yield return Att(AttText);

        yield return new Heading(1, StyleNames.Paragraf, [new Inline("§ 579")]) { Bookmark = "§ 579 Verksamhetsplan 2015" };
        yield return new Heading(2, StyleNames.Heading2, [new Inline("Verksamhetsplan 2015")]);
        yield return new Paragraph(StyleNames.Normal, [new Inline("Förbundschefen redovisar förslaget. Planen bygger på:")]);
        yield return new ListBlock
        {
            Items =
            [
                [Text("samverkan mellan Försäkringskassan, Arbetsförmedlingen, landstinget och kommunerna")],
                [
                    Text("insatser för unga vuxna"),
                    new ListBlock { Items = [[Text("Skellefteå")], [Text("Norsjö")]] },
                ],
                [new Paragraph(StyleNames.Normal, [new Inline("uppföljning med "), new Inline("SUS", Code: true)])],
            ],
        };
        yield return new Paragraph(StyleNames.Normal, [new Inline("Styrelsen prioriterar i ordning:")]);
        yield return new ListBlock
        {
            Ordered = true,
            Items = [[Text("arbetslivsinriktad rehabilitering")], [Text("förebyggande insatser")], [Text("kompetensutveckling")]],
        };
        yield return new Paragraph(StyleNames.Normal,
        [
            new Inline("Mer information finns på "),
            new Inline("förbundets webbplats", Url: Url),
            new Inline("."),
        ]);
        yield return new Paragraph(StyleNames.Beslutsformel, [new Inline("Samordningsförbundet beslutar")]);
        yield return Att("anta verksamhetsplanen för 2015.");

        yield return new Heading(1, StyleNames.Paragraf, [new Inline("§ 580")]) { Bookmark = "§ 580 Budget 2015" };
        yield return new Heading(2, StyleNames.Heading2, [new Inline("Budget 2015")]);
        yield return new Table
        {
            ColumnWidths = [3, 1, 1],
            Rows = new[] { HeaderRow() }.Concat(Enumerable.Range(1, 30).Select(BudgetRow)).ToList(),
        };
        yield return new HorizontalRule();
        yield return new Paragraph(StyleNames.Small,
        [
            new Inline("Kontakt:"), Inline.TabStop, new Inline("Maria Lindberg"), Inline.Break,
            new Inline("Tel:"), Inline.TabStop, new Inline("0910-73 50 00"),
        ]);
    }

    private static Paragraph Att(string text) =>
        new(StyleNames.AttSats, [new Inline("att"), Inline.TabStop, new Inline(text)]);

    private static Paragraph Text(string text) =>
        new(StyleNames.Normal, [new Inline(text)]);

    private static TableRow FieldRow(string label, IEnumerable<Inline> value) => new()
    {
        Cells =
        [
            new TableCell { Blocks = [new Paragraph(StyleNames.FieldLabel, [new Inline(label)])] },
            new TableCell { Blocks = [new Paragraph(StyleNames.Normal, value)] },
        ],
    };

    private static TableRow HeaderRow() => new()
    {
        IsHeader = true,
        Cells =
        [
            new TableCell { Blocks = [Text("Insats")] },
            new TableCell { Blocks = [Text("Budget (tkr)")], Alignment = Alignment.Right },
            new TableCell { Blocks = [Text("Utfall (tkr)")], Alignment = Alignment.Right },
        ],
    };

    private static TableRow BudgetRow(int n) => new()
    {
        Cells =
        [
            new TableCell { Blocks = [Text($"Insats {n}: samverkansprojekt för åtgärd nr {n}")] },
            new TableCell { Blocks = [Text((100 + n * 7).ToString())], Alignment = Alignment.Right },
            new TableCell { Blocks = [Text((90 + n * 5).ToString())], Alignment = Alignment.Right },
        ],
    };
}
