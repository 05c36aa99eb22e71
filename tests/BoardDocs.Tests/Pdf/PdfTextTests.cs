using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf;

namespace BoardDocs.Tests.Pdf;

[TestClass]
public sealed class PdfTextTests
{
    [TestMethod]
    public void Text_comes_out_in_order_with_swedish_characters()
    {
        var path = PdfTools.Save(new PdfRenderer().Render(PdfFixtures.Protocol()), "text");
        var text = PdfTools.Text(path);

        string[] expected =
        [
            "Plats och tid", "Kommunhuset, Skellefteå", "Åsa Öberg (S), ordförande", "Underskrifter", "BEVIS OM ANSLAG",
            "§ 578 Val av justerare", "Förbundschefen redogör", "«som tidigare». …", "Samordningsförbundet beslutar",
            "godkänna informationen.", "§ 579 Ärende 2 – Åtgärder för ökad samverkan", "§ 585",
        ];
        int position = 0;
        foreach (var s in expected)
        {
            int found = text.IndexOf(s, position, StringComparison.Ordinal);
            Assert.IsGreaterThanOrEqualTo(0, found, $"'{s}' saknas (eller står i fel ordning) i:\n{text}");
            position = found + s.Length;
        }
        foreach (var c in "åäöÅÄÖ§–«»…")
            Assert.Contains(c.ToString(), text);
    }

    [TestMethod]
    public void Att_clause_has_att_at_margin_and_text_at_hanging_indent()
    {
        var document = new Document
        {
            Info = PdfFixtures.Info(),
            Blocks = [PdfFixtures.Att("uppdra åt förbundschefen att återkomma med en fördjupad redovisning av insatsernas resultat vid nästa sammanträde, inklusive kostnader per deltagare och jämförelser med tidigare år.")],
        };
        var path = PdfTools.Save(new PdfRenderer().Render(document), "att");
        var words = PdfBoxes.Words(path);
        var att = words.First(w => w.Text == "att");
        var first = words.First(w => w.Text == "uppdra");
        var secondLine = words.Where(w => w.YMin > first.YMax).OrderBy(w => w.YMin).ThenBy(w => w.XMin).First();

        double margin = 25 * 72 / 25.4, indent = margin + 12 * 72 / 25.4;
        Assert.AreEqual(margin, att.XMin, 0.5);
        Assert.AreEqual(indent, first.XMin, 0.5);
        Assert.AreEqual(indent, secondLine.XMin, 0.5, "Fortsättningsrader ska börja vid indraget.");
    }

    [TestMethod]
    public void Document_info_is_written()
    {
        var path = PdfTools.Save(new PdfRenderer().Render(PdfFixtures.Protocol(2)), "info");
        var info = PdfTools.Info(path);
        Assert.AreEqual("Protokoll 2014-11-28 – Samordningsförbundet Skellefteå-Norsjö", info["Title"]);
        Assert.AreEqual("Anna Sekreterare", info["Author"]);
        Assert.AreEqual("Samordningsförbundet Skellefteå-Norsjö", info["Subject"]);
        Assert.AreEqual("protokoll, styrelse", info["Keywords"]);
        Assert.AreEqual("yes", info["Tagged"]);
        StringAssert.Contains(info["CreationDate"], "2014");
    }
}
