using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Pdf;

namespace BoardDocs.Tests.Pdf;

[TestClass]
public sealed class PdfStructureTests
{
    [TestMethod]
    public void Outline_has_one_entry_per_bookmarked_heading_on_its_page()
    {
        var document = PdfFixtures.Protocol(10);
        document.Blocks.Insert(0, new Heading(1, StyleNames.Heading1, [new Inline("Ärenden")]) { Bookmark = "Ärenden" });
        document.Blocks.Insert(1, new Heading(2, StyleNames.Heading2, [new Inline("Utan bokmärke")]));
        var path = PdfTools.Save(new PdfRenderer().Render(document), "outline");

        using var json = JsonDocument.Parse(PdfTools.Run("qpdf", ["--json", "--json-key=outlines", path]));
        var top = json.RootElement.GetProperty("outlines").EnumerateArray().ToList();
        Assert.HasCount(1, top);
        Assert.AreEqual("Ärenden", top[0].GetProperty("title").GetString());
        var kids = top[0].GetProperty("kids").EnumerateArray().ToList();

        var expected = document.Blocks.OfType<Heading>().Where(h => h.Level == 2 && h.Bookmark is not null).Select(h => h.Bookmark!).ToList();
        CollectionAssert.AreEqual(expected, kids.Select(k => k.GetProperty("title").GetString()).ToList());

        var words = PdfBoxes.Words(path);
        foreach (var kid in kids)
        {
            var number = kid.GetProperty("title").GetString()!.Split(' ')[1];
            var heading = words.First(w => w.Text == number && words.Any(s => s.Page == w.Page && s.Text == "§" && Math.Abs(s.YMin - w.YMin) < 1));
            Assert.AreEqual(heading.Page, kid.GetProperty("destpageposfrom1").GetInt32(), $"§ {number}");
        }
    }

    [TestMethod]
    public void Same_input_gives_identical_bytes()
    {
        var first = new PdfRenderer().Render(PdfFixtures.Protocol(6));
        var second = new PdfRenderer().Render(PdfFixtures.Protocol(6));
        Assert.IsTrue(first.AsSpan().SequenceEqual(second), "Två renderingar av samma dokument skiljer sig.");

        var other = PdfFixtures.Protocol(6);
        var changed = new Document { Info = other.Info with { Title = "Annan titel" }, Header = other.Header, Footer = other.Footer, Blocks = other.Blocks };
        Assert.AreNotEqual(FileId(first), FileId(new PdfRenderer().Render(changed)), "Olika dokument ska få olika /ID.");
    }

    [TestMethod]
    public void Pdf_is_tagged_with_language_and_structure()
    {
        var path = PdfTools.Save(new PdfRenderer().Render(PdfFixtures.Protocol(6)), "tagged");
        var qdf = path + ".qdf";
        PdfTools.Run("qpdf", ["--qdf", "--object-streams=disable", path, qdf]);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(qdf));

        StringAssert.Matches(text, new Regex(@"/Marked\s+true"));
        StringAssert.Matches(text, new Regex(@"/StructTreeRoot\s+\d+ 0 R"));
        StringAssert.Matches(text, new Regex(@"/Lang\s+\(sv-SE\)"));
        foreach (var tag in new[] { "Document", "H2", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Div" })
            StringAssert.Matches(text, new Regex($@"/S\s+/{tag}\b"), $"Strukturtypen {tag} saknas");
        StringAssert.Contains(text, "/Artifact BMC", "Sidhuvud och sidfot ska vara artefakter.");
        StringAssert.Matches(text, new Regex(@"/H2\s*<<\s*/MCID \d+\s*>>\s*BDC"));
        Assert.DoesNotMatchRegex(new Regex("GTS_PDFA"), text, "Dokumentet ska inte påstå PDF/A.");

        var check = PdfTools.Run("qpdf", ["--check", path]);
        StringAssert.Contains(check, "No syntax or stream encoding errors");
    }

    [TestMethod]
    public void Parent_tree_maps_every_marked_content_and_link_on_every_page()
    {
        // The tagger parks finished pages' /ParentTree entries while drawing (PDFsharp searches the
        // array for every marked content); all of them must be back, in key order, in the file.
        var document = PdfFixtures.Protocol(12);
        document.Blocks.Insert(8, new Paragraph(StyleNames.Normal, [new Inline("Se "), new Inline("webbplatsen", Url: "https://example.se/a"), new Inline(".")]));
        document.Blocks.Add(new Paragraph(StyleNames.Normal, [new Inline("Bilagor finns på "), new Inline("webbplatsen", Url: "https://example.se/b"), new Inline(".")]));
        var path = PdfTools.Save(new PdfRenderer().Render(document), "parenttree");

        using var pdf = PdfSharp.Pdf.IO.PdfReader.Open(path, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var root = pdf.Internals.Catalog.Elements.GetDictionary("/StructTreeRoot")!;
        var nums = root.Elements.GetDictionary("/ParentTree")!.Elements.GetArray("/Nums")!;
        int nextKey = root.Elements.GetInteger("/ParentTreeNextKey");
        Assert.AreEqual(2 * nextKey, nums.Elements.Count, "Ett par per sida och länk.");
        for (int key = 0; key < nextKey; key++)
            Assert.AreEqual(key, nums.Elements.GetInteger(2 * key), "Nycklarna ska vara 0, 1, 2 … i ordning.");

        Assert.IsGreaterThan(3, pdf.PageCount);
        int links = 0;
        for (int i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            int key = page.Elements.GetInteger("/StructParents");
            var parents = nums.Elements.GetArray(2 * key + 1);
            Assert.IsNotNull(parents, $"Sida {i + 1} saknar post i /ParentTree.");
            var content = new StringBuilder();
            for (int c = 0; c < page.Contents.Elements.Count; c++)
                content.Append(Encoding.Latin1.GetString(page.Contents.Elements.GetDictionary(c)!.Stream.UnfilteredValue));
            var mcids = Regex.Matches(content.ToString(), @"/MCID (\d+)").Select(m => int.Parse(m.Groups[1].Value)).ToList();
            CollectionAssert.AreEqual(Enumerable.Range(0, mcids.Count).ToList(), mcids, $"Sida {i + 1}: MCID i ordning.");
            Assert.AreEqual(mcids.Count, parents.Elements.Count, $"Sida {i + 1}: en förälder per MCID.");

            for (int a = 0; a < page.Annotations.Count; a++)
            {
                int annotationKey = page.Annotations[a].Elements.GetInteger("/StructParent");
                var element = nums.Elements.GetDictionary(2 * annotationKey + 1)!;
                Assert.AreEqual("/Link", element.Elements.GetName("/S"));
                links++;
            }
        }
        Assert.AreEqual(2, links);
        Assert.AreEqual(pdf.PageCount + links, nextKey);
    }

    [TestMethod]
    public void Output_does_not_depend_on_the_culture()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("sv-SE");
            var swedish = new PdfRenderer(new PdfOptions { PageSetup = PageSetup.A4 with { AttIndentMm = 12.5 } }).Render(PdfFixtures.Protocol(3));
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
            var invariant = new PdfRenderer(new PdfOptions { PageSetup = PageSetup.A4 with { AttIndentMm = 12.5 } }).Render(PdfFixtures.Protocol(3));
            Assert.IsTrue(swedish.AsSpan().SequenceEqual(invariant));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }

    static string FileId(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        return Regex.Match(text, @"/ID\s*\[\s*<([0-9a-fA-F]+)>").Groups[1].Value;
    }
}
