using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf;

namespace BoardDocs.Tests.Pdf;

[TestClass]
public sealed class PdfPaginationTests
{
    [TestMethod]
    public void Every_page_shows_its_number_and_the_total()
    {
        var renderer = new PdfRenderer();
        var path = PdfTools.Save(renderer.Render(PdfFixtures.Protocol(14)), "pages");
        int pages = int.Parse(PdfTools.Info(path)["Pages"]);

        Assert.AreEqual(renderer.LastPageCount, pages);
        Assert.IsGreaterThanOrEqualTo(4, pages);
        for (int i = 1; i <= pages; i++)
        {
            var text = PdfTools.Text(path, i);
            StringAssert.Contains(text, $"{i} ({pages})", $"Sidan {i}");
            StringAssert.Contains(text, "Justering (sign)", $"Sidfoten saknas på sidan {i}");
        }
    }

    [TestMethod]
    public void Heading_never_ends_a_page()
    {
        // One filler line + spacing is 21.8 pt; stepping through more than one period of filler counts puts
        // the heading at every position near the page bottom, including where the heading alone would fit.
        bool moved = false;
        for (int fillers = 20; fillers <= 45; fillers++)
        {
            var blocks = new List<Block>();
            for (int i = 1; i <= fillers; i++)
                blocks.Add(PdfFixtures.P($"Utfyllnadsrad {i}"));
            blocks.Add(PdfFixtures.Paragraf(900, "Rubriken som inte får bli ensam"));
            blocks.Add(PdfFixtures.P("Förstaorden i stycket efter rubriken. " + PdfFixtures.Lorem));
            var document = new Document { Info = PdfFixtures.Info(), Header = PdfFixtures.Header, Blocks = blocks };
            var path = PdfTools.Save(new PdfRenderer().Render(document), "keep");

            var words = PdfBoxes.Words(path);
            var heading = words.Single(w => w.Text == "900");
            var firstWords = words.Single(w => w.Text == "Förstaorden");
            Assert.AreEqual(heading.Page, firstWords.Page, $"{fillers} rader: rubriken på sidan {heading.Page}, texten på {firstWords.Page}");
            // At least two lines of the paragraph follow the heading (no orphan line either).
            Assert.IsGreaterThanOrEqualTo(2, words.Where(w => w.Page == heading.Page && w.YMin > heading.YMax + 1).Select(w => Math.Round(w.YMin)).Distinct().Count());

            if (heading.Page > 1 && words.Count(w => w.Page == heading.Page - 1 && w.Text == "Utfyllnadsrad") == fillers)
                moved = true;
        }
        Assert.IsTrue(moved, "Inget av fallen flyttade rubriken till nästa sida; testet prövar inte det avsedda.");
    }

    [TestMethod]
    public void Long_table_repeats_its_header_row_on_each_page()
    {
        var rows = new List<TableRow>
        {
            new() { IsHeader = true, Cells = [PdfFixtures.Cell("Kolumnrubrik"), PdfFixtures.Cell("Belopp", Alignment.Right)] },
        };
        for (int i = 1; i <= 90; i++)
            rows.Add(new TableRow { Cells = [PdfFixtures.Cell($"Rad{i:000} med en beskrivning som kan vara lång"), PdfFixtures.Cell($"{i * 100} kr", Alignment.Right)] });
        var document = new Document
        {
            Info = PdfFixtures.Info(),
            Blocks = [PdfFixtures.P("Tabellen nedan fortsätter över flera sidor."), new Table { ColumnWidths = [3, 1], Rows = rows }],
        };
        var renderer = new PdfRenderer();
        var path = PdfTools.Save(renderer.Render(document), "table");
        Assert.IsGreaterThanOrEqualTo(2, renderer.LastPageCount);

        var words = PdfBoxes.Words(path);
        int previous = 0;
        for (int page = 1; page <= renderer.LastPageCount; page++)
        {
            var onPage = words.Where(w => w.Page == page).ToList();
            var header = onPage.Single(w => w.Text == "Kolumnrubrik");
            var numbers = onPage.Where(w => w.Text.StartsWith("Rad", StringComparison.Ordinal) && w.Text.Length == 6)
                .Select(w => (Number: int.Parse(w.Text[3..]), w.YMin)).ToList();
            Assert.IsNotEmpty(numbers, $"Sidan {page} saknar rader");
            Assert.IsTrue(numbers.All(n => n.YMin > header.YMax), $"Rubrikraden står inte överst på sidan {page}");
            Assert.AreEqual(previous + 1, numbers.Min(n => n.Number), $"Rader saknas eller upprepas före sidan {page}");
            previous = numbers.Max(n => n.Number);
            Assert.AreEqual(numbers.Count, previous - numbers.Min(n => n.Number) + 1);
        }
        Assert.AreEqual(90, previous);
    }

    [TestMethod]
    public void Word_longer_than_the_line_stays_inside_the_margins()
    {
        var word = string.Concat(Enumerable.Range(0, 300).Select(i => (char)('a' + i % 26)));
        var document = new Document
        {
            Info = PdfFixtures.Info(),
            Blocks = [PdfFixtures.P("Före " + word + " efter."), PdfFixtures.Att(word)],
        };
        var path = PdfTools.Save(new PdfRenderer().Render(document), "longword");
        var words = PdfBoxes.Words(path);

        double left = 25 * 72 / 25.4, right = (210 - 20) * 72 / 25.4;
        Assert.IsTrue(words.All(w => w.XMin >= left - 0.5 && w.XMax <= right + 0.5),
            string.Join("\n", words.Where(w => w.XMax > right + 0.5).Select(w => $"{w.Text[..Math.Min(10, w.Text.Length)]}… {w.XMax:F1} > {right:F1}")));
        var joined = string.Concat(PdfTools.Text(path).Split('\n', StringSplitOptions.TrimEntries));
        StringAssert.Contains(joined, "Före " + word + " efter.");
        Assert.IsGreaterThanOrEqualTo(4, words.Count(w => w.Text.Length > 20), "Ordet ska brytas över flera rader.");
    }

    [TestMethod]
    public void Signature_block_and_box_move_whole_to_the_next_page()
    {
        var blocks = new List<Block>();
        for (int i = 1; i <= 27; i++)
            blocks.Add(PdfFixtures.P($"Utfyllnadsrad {i}"));
        blocks.Add(new SignatureBlock("Underskrifter", [new("Anna Andersson", "ordförande"), new("Bo Berg", "sekreterare"), new("Cecilia Ek", "justerare")]));
        blocks.Add(new BoxBlock("BEVIS OM ANSLAG", [PdfFixtures.P("Protokollet är justerat."), PdfFixtures.P("Anslaget tas ned 2014-12-28.")]));
        var document = new Document { Info = PdfFixtures.Info(), Blocks = blocks };
        var path = PdfTools.Save(new PdfRenderer().Render(document), "keeptogether");
        var words = PdfBoxes.Words(path);

        int Page(string text) => words.First(w => w.Text == text).Page;
        Assert.AreEqual(Page("Underskrifter"), Page("Cecilia"));
        Assert.AreEqual(Page("Anna"), Page("Cecilia"));
        Assert.AreEqual(Page("BEVIS"), Page("ned"));
    }
}
