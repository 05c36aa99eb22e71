using System.Text;
using System.Text.RegularExpressions;
using BoardDocs.Engine.Content;
using BoardDocs.Engine.Model;

namespace BoardDocs.Tests.Word;

/// <summary>
/// LibreOffice opens the built protokoll and kallelse and lays them out with all their text:
/// one soffice run converts both (slow, so once per class), pdftotext reads the PDFs back.
/// Inconclusive when soffice or pdftotext is missing (CI installs them).
/// </summary>
[TestClass]
public sealed partial class WordLibreOfficeTests
{
    private static ExampleContent? example;
    private static string? missing;
    private static (string Layout, string Reading) protocolText = ("", "");
    private static (string Layout, string Reading) kallelseText = ("", "");
    private static Meeting protocolMeeting = null!;
    private static Meeting kallelseMeeting = null!;

    [ClassInitialize]
    public static void ConvertOnce(TestContext _)
    {
        missing = WordLibreOffice.Missing();
        if (missing is not null) return;
        example = new ExampleContent();
        example.Build();
        var set = ContentLoader.Load(example.Content);
        var organ = set.Organs.Single();
        protocolMeeting = organ.Meetings.Single(m => m.Key == ExampleContent.Protocol);
        kallelseMeeting = organ.Meetings.Single(m => m.Key == ExampleContent.Kallelse);

        var pdfFolder = Path.Combine(example.Root, "pdf");
        Directory.CreateDirectory(pdfFolder);
        // Distinct names, since soffice names each PDF after its .docx.
        var protocol = Path.Combine(pdfFolder, "protokoll-2014-11-28.docx");
        var kallelse = Path.Combine(pdfFolder, "kallelse-2015-03-05.docx");
        File.WriteAllBytes(protocol, example.Built(ExampleContent.Protocol, "protokoll.docx"));
        File.WriteAllBytes(kallelse, example.Built(ExampleContent.Kallelse, "kallelse.docx"));
        var pdfs = WordLibreOffice.ConvertToPdf(pdfFolder, protocol, kallelse);
        protocolText = WordLibreOffice.PdfText(pdfs[0]);
        kallelseText = WordLibreOffice.PdfText(pdfs[1]);
    }

    [ClassCleanup]
    public static void Cleanup() => example?.Dispose();

    [TestInitialize]
    public void RequireTools()
    {
        if (missing is not null) Assert.Inconclusive($"{missing} finns inte på PATH (CI installerar dem).");
    }

    [TestMethod]
    public void ProtocolPdfHasEveryParagraphHeading() =>
        AssertAllPresent(protocolText, Enumerable.Range(578, 9).Select(n => $"§ {n}"));

    [TestMethod]
    public void ProtocolPdfHasEveryAttSats()
    {
        var clauses = protocolMeeting.Items
            .SelectMany(i => Values(i.Decisions).Concat(i.SubItems.SelectMany(s => Values(s.Decisions))))
            .ToList();
        Assert.HasCount(10, clauses, "beslutens att-satser i 2014-11-28.yaml");
        AssertAllPresent(protocolText, clauses.Select(c => "att " + c));
    }

    [TestMethod]
    public void ProtocolPdfHasFirstPageData()
    {
        AssertAllPresent(protocolText,
        [
            "PROTOKOLL", "Justering (sign)", "Utdragsbestyrkande",
            "Samordningsförbundet, Hörnellgatan 17, kl. 09.00–15.00",
            "Carolina Marklund", "BEVIS OM ANSLAG", "kommunens anslagstavla", "2014-12-04", "2014-12-29",
            "Kommunledningskontoret, planeringsavdelningen", "Åsa Lundmark",
        ]);
        StringAssert.Matches(protocolText.Reading, PageOfPages(), "sidnumrering 'n (N)' från PAGE/NUMPAGES");
    }

    [TestMethod]
    public void KallelsePdfHasEveryItemAndProposal()
    {
        var expected = new List<string> { "KALLELSE/UNDERRÄTTELSE", "Torsdag 5 mars 2015, kl. 09.00–15.00", "Kommunkontoret, Storgatan 67, Norsjö" };
        foreach (var item in kallelseMeeting.Items)
        {
            expected.Add($"{item.Index + 1}. {item.Title.Value}");
            expected.AddRange(Values(item.Proposals).Select(p => "att " + p));
            expected.AddRange(item.SubItems.Select(s => s.Title));
        }
        Assert.HasCount(9, kallelseMeeting.Items);
        AssertAllPresent(kallelseText, expected);
    }

    private static IEnumerable<string> Values(List<Located<string>>? located) =>
        located?.Select(l => l.Value) ?? [];

    /// <summary>Each expected text is found by at least one of pdftotext's two extractions (see <see cref="WordLibreOffice.PdfText"/>).</summary>
    private static void AssertAllPresent((string Layout, string Reading) pdfText, IEnumerable<string> expected)
    {
        var layout = Normalize(pdfText.Layout);
        var reading = Normalize(pdfText.Reading);
        var absent = expected
            .Where(e => !layout.Contains(Normalize(e), StringComparison.Ordinal) && !reading.Contains(Normalize(e), StringComparison.Ordinal))
            .ToList();
        Assert.IsEmpty(absent, "saknas i PDF-texten:\n  " + string.Join("\n  ", absent) + "\n\nPDF-text (-layout):\n" + pdfText.Layout);
    }

    /// <summary>
    /// Compatibility forms (ligatures, no-break spaces) folded, every run of white space (line
    /// wraps, the tab after "att") made one space, and a space after a hyphen or dash dropped,
    /// or a slash, since a wrap may fall right after one ("2015-" / "01-01", "KALLELSE/" / "UNDERRÄTTELSE").
    /// </summary>
    private static string Normalize(string s)
    {
        var folded = s.Normalize(NormalizationForm.FormKC).Replace('\u00AD'.ToString(), "");
        folded = Whitespace().Replace(folded, " ");
        return DashSpace().Replace(folded, "$1").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"([-–/]) ")]
    private static partial Regex DashSpace();

    [GeneratedRegex(@"\b1 \([1-9]\d*\)")]
    private static partial Regex PageOfPages();
}
