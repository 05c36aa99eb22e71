using System.Text;
using System.Xml.Linq;
using BoardDocs.Engine.Documents;
using BoardDocs.Engine.Rendering.Html;
using BoardDocs.Tests.Foundation;
using BoardDocs.Tests.Word;
using static BoardDocs.Tests.Html.HtmlPage;

namespace BoardDocs.Tests.Html;

/// <summary>The example documents as web pages: well-formed, Swedish, one anchor per §, escaped, deterministic.</summary>
[TestClass]
public sealed class HtmlRendererTests
{
    [TestMethod]
    public void ExampleProtocol_IsWellFormedXml_InSwedish_WithTitleAndMetadata()
    {
        using var example = new ExampleContent();
        var doc = Parse(Render(example, ExampleContent.Protocol, "protokoll", "html"));

        var html = doc.Root!;
        Assert.AreEqual(X + "html", html.Name);
        Assert.AreEqual("sv", html.Attribute("lang")?.Value);
        Assert.AreEqual("Protokoll 2014-11-28 – Samordningsförbundet Skellefteå-Norsjö", All(doc, "title").Single().Value);
        var metas = All(doc, "meta").Where(m => m.Attribute("name") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value, m => m.Attribute("content")!.Value);
        Assert.AreEqual("Stellan Berglund", metas["author"]);
        Assert.AreEqual("Samordningsförbundet Skellefteå-Norsjö", metas["description"]);
        StringAssert.Contains(metas["keywords"], "§ 578–586");
        Assert.AreEqual("utf-8", All(doc, "meta").First().Attribute("charset")?.Value);

        var header = All(doc, "header").Single();
        StringAssert.Contains(header.Value, "Samordningsförbundet Skellefteå-Norsjö");
        StringAssert.Contains(header.Value, "PROTOKOLL");
        StringAssert.Contains(header.Value, "2014-11-28");
        Assert.IsFalse(header.Value.Contains("(", StringComparison.Ordinal), "page numbers in the web header: " + header.Value);
        Assert.HasCount(1, All(doc, "main"));
        Assert.HasCount(1, All(doc, "h1"));
        Assert.IsEmpty(All(doc, "script"), "no JavaScript");
        Assert.IsEmpty(All(doc, "link"), "no external resources");
        Assert.IsEmpty(All(doc, "img"), "no external resources");
    }

    [TestMethod]
    public void ExampleProtocol_HasOneHeadingWithIdPerParagraph_InOrder_AndATableOfContents()
    {
        using var example = new ExampleContent();
        var doc = Parse(Render(example, ExampleContent.Protocol, "protokoll", "html"));

        var withId = Headings(doc).Where(h => h.Attribute("id")?.Value.StartsWith('p') == true).ToList();
        CollectionAssert.AreEqual(Enumerable.Range(578, 9).Select(n => $"p{n}").ToList(),
            withId.Select(h => h.Attribute("id")!.Value).ToList());
        for (var i = 0; i < withId.Count; i++)
            Assert.AreEqual($"§ {578 + i}", withId[i].Value.Trim());

        var nav = All(doc, "nav").Single();
        CollectionAssert.AreEqual(Enumerable.Range(578, 9).Select(n => $"#p{n}").ToList(),
            nav.Descendants(X + "a").Select(a => a.Attribute("href")!.Value).ToList());
        StringAssert.StartsWith(nav.Descendants(X + "a").First().Value, "§ 578 Genomgång av protokoll");
    }

    [TestMethod]
    public void ExampleProtocol_HasEveryAttSats_WithAttInASpan()
    {
        using var example = new ExampleContent();
        var doc = Parse(Render(example, ExampleContent.Protocol, "protokoll", "html"));
        var text = Encoding.UTF8.GetString(Render(example, ExampleContent.Protocol, "protokoll", "txt"));
        var expected = text.Split('\n').Where(l => l.StartsWith("[AttSats] att→", StringComparison.Ordinal))
            .Select(l => l["[AttSats] att→".Length..].TrimEnd('\r')).ToList();
        Assert.IsGreaterThanOrEqualTo(9, expected.Count);

        var attsatser = All(doc, "p").Where(p => HasClass(p, "attsats")).ToList();
        foreach (var p in attsatser)
            Assert.AreEqual("att", p.Elements(X + "span").First(s => HasClass(s, "att")).Value.Trim());
        CollectionAssert.AreEqual(expected, attsatser.Select(p => string.Concat(p.Nodes().Skip(1).Select(n => n is XElement e ? e.Value : n.ToString()))).ToList());
        Assert.IsTrue(All(doc, "p").Any(p => HasClass(p, "beslutsformel") && p.Value == "Samordningsförbundet beslutar"));
    }

    [TestMethod]
    public void ExampleProtocol_SignaturesAreAListOfNamesAndRoles_BoxIsALabelledSection()
    {
        using var example = new ExampleContent();
        var doc = Parse(Render(example, ExampleContent.Protocol, "protokoll", "html"));
        var raw = Encoding.UTF8.GetString(Render(example, ExampleContent.Protocol, "protokoll", "html"));

        var signatures = All(doc, "div").First(d => HasClass(d, "underskrifter"));
        CollectionAssert.AreEqual(new[] { "Bertil Almgren, ordförande", "Stellan Berglund, sekreterare", "Carolina Marklund, justerare" },
            signatures.Descendants(X + "li").Select(l => l.Value).ToList());
        Assert.IsFalse(raw.Contains("……", StringComparison.Ordinal), "dotted signature lines on the web");

        var box = All(doc, "section").Single(s => HasClass(s, "ruta"));
        var id = box.Attribute("aria-labelledby")!.Value;
        var title = box.Elements(X + "h2").Single();
        Assert.AreEqual(id, title.Attribute("id")?.Value);
        Assert.AreEqual("BEVIS OM ANSLAG", title.Value);

        var fieldTable = All(doc, "table").First();
        Assert.IsTrue(HasClass(fieldTable, "utan-ram"));
        Assert.AreEqual("Plats och tid", fieldTable.Descendants(X + "th").First().Value);
    }

    [TestMethod]
    [DataRow(ExampleContent.Protocol, "protokoll")]
    [DataRow(ExampleContent.Protocol, "bevis")]
    [DataRow(ExampleContent.Kallelse, "kallelse")]
    public void TwoRendersInSeparateFolders_AreByteIdentical(string date, string kind)
    {
        using var first = new ExampleContent();
        using var second = new ExampleContent();
        var a = Render(first, date, kind, "html");
        var b = Render(second, date, kind, "html");
        CollectionAssert.AreEqual(a, b);
        Parse(a);
    }

    [TestMethod]
    public void UserText_IsEscaped_NeverMarkup()
    {
        using var content = new TempContent(TempContent.StandardOrgan
                .Replace("namn: Testförbundet Norsjö", "namn: \"Förbundet <i>Norsjö</i> & Co\"")
                .Replace("Bertil Almgren", "Bertil <script>alert('x')</script> & Almgren"))
            .Meeting("2015-03-05.yaml", Meetings.Protocol
                .Replace("Bertil Almgren", "\"Bertil <script>alert('x')</script> & Almgren\"")
                .Replace("rubrik: Budget 2016", "rubrik: \"Budget <b>2016</b> & \\\"mer\\\"\""));
        var output = Path.Combine(content.Root, "ut");
        var result = CliRunner.Run("render", Path.Combine(content.OrganFolder, "sammantraden", "2015-03-05.yaml"),
            "--dokument", "protokoll", "--format", "html", "-o", output);
        Assert.AreEqual(0, result.ExitCode, result.All);
        var bytes = File.ReadAllBytes(Path.Combine(output, "protokoll.html"));
        var raw = Encoding.UTF8.GetString(bytes);
        var doc = Parse(bytes);

        Assert.IsEmpty(doc.Descendants().Where(e => e.Name.LocalName is "script" or "b" or "i"), "user text became markup");
        StringAssert.Contains(raw, "Bertil &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Almgren");
        StringAssert.Contains(doc.Root!.Value, "Bertil <script>alert('x')</script> & Almgren");
        StringAssert.Contains(doc.Root!.Value, "Budget <b>2016</b> & \"mer\"");
        StringAssert.Contains(All(doc, "title").Single().Value, "Förbundet <i>Norsjö</i> & Co");
        StringAssert.Contains(All(doc, "header").Single().Value, "Förbundet <i>Norsjö</i> & Co");
    }

    [TestMethod]
    public void Model_TablesListsLinksBreaksAndContents()
    {
        var document = new Document
        {
            Info = new DocumentInfo { Title = "T" },
            Blocks =
            [
                new Heading(1, StyleNames.Heading1, [new Inline("Rubrik")]) { Bookmark = "Rubrik" },
                new Heading(2, StyleNames.Heading2, [new Inline("Två")]) { Bookmark = "1. Två" },
                new Paragraph(StyleNames.Normal, [
                    new Inline("fet", Bold: true), new Inline(" "), new Inline("kursiv", Italic: true), new Inline(" "),
                    new Inline("kod", Code: true), new Inline(" "), new Inline("länk", Url: "https://example.org/?a=1&b=2"),
                    new Inline(" "), new Inline("farlig", Url: "javascript:alert(1)"), Inline.Break, new Inline("rad")]),
                new ListBlock { Ordered = true, Start = 3, Items = [[new Paragraph(StyleNames.ListParagraph, [new Inline("tre")])]] },
                new Table
                {
                    ColumnWidths = [1, 3],
                    Rows =
                    [
                        new TableRow { IsHeader = true, Cells = [new TableCell { Blocks = [new Paragraph(StyleNames.Normal, [new Inline("A")])] }, new TableCell { Blocks = [new Paragraph(StyleNames.Normal, [new Inline("B")])] }] },
                        new TableRow { Cells = [new TableCell { Blocks = [new Paragraph(StyleNames.Normal, [new Inline("1")])] }, new TableCell { Blocks = [new Paragraph(StyleNames.Normal, [new Inline("2")])] }] },
                    ],
                },
                new PageBreak(),
                new HorizontalRule(),
                new Heading(2, StyleNames.Heading2, [new Inline("Tre")]) { Bookmark = "Tre" },
            ],
        };
        var doc = Parse(new HtmlRenderer().Render(document));

        CollectionAssert.AreEqual(new[] { "rubrik", "punkt-1", "tre" }, Headings(doc).Where(h => h.Attribute("id") is not null && h.Parent?.Name.LocalName != "nav")
            .Select(h => h.Attribute("id")!.Value).ToList());
        Assert.HasCount(3, All(doc, "nav").Single().Descendants(X + "li"));
        Assert.AreEqual("fet", All(doc, "strong").Single().Value);
        Assert.AreEqual("kursiv", All(doc, "em").Single().Value);
        Assert.AreEqual("kod", All(doc, "code").Single().Value);
        var link = All(doc, "main").Single().Descendants(X + "a").Single();
        Assert.AreEqual("https://example.org/?a=1&b=2", link.Attribute("href")!.Value);
        Assert.AreEqual("noopener", link.Attribute("rel")!.Value);
        Assert.HasCount(1, All(doc, "br"));
        Assert.AreEqual("3", All(doc, "ol").Single(o => o.Parent!.Name.LocalName != "nav").Attribute("start")!.Value);
        var table = All(doc, "table").Single();
        Assert.IsTrue(HasClass(table, "ram"));
        CollectionAssert.AreEqual(new[] { "col", "col" }, table.Element(X + "thead")!.Descendants(X + "th").Select(t => t.Attribute("scope")!.Value).ToList());
        Assert.AreEqual("12", table.Element(X + "tbody")!.Value);
        Assert.IsTrue(All(doc, "hr").Any(h => HasClass(h, "sidbrytning")));
        Assert.IsTrue(All(doc, "hr").Any(h => h.Attribute("class") is null));
    }

    [TestMethod]
    public void Model_TwoBookmarks_NoTableOfContents()
    {
        var document = new Document
        {
            Info = new DocumentInfo { Title = "T" },
            Blocks =
            [
                new Heading(2, StyleNames.Heading2, [new Inline("A")]) { Bookmark = "§ 1 A" },
                new Heading(2, StyleNames.Heading2, [new Inline("B")]) { Bookmark = "§ 2 B" },
            ],
        };
        var doc = Parse(new HtmlRenderer().Render(document));
        Assert.IsEmpty(All(doc, "nav"));
        CollectionAssert.AreEqual(new[] { "p1", "p2" }, Headings(doc).Where(h => h.Attribute("id") is not null).Select(h => h.Attribute("id")!.Value).ToList());
        Assert.AreEqual("T", All(doc, "h1").Single().Value, "without a header or title, the document title is the h1");
    }

    [TestMethod]
    public void Build_WithFormatHtml_WritesHtmlDocuments()
    {
        using var example = new ExampleContent();
        example.Build("html");
        CollectionAssert.IsSubsetOf(new[] { "bevis.html", "kallelse.html", "protokoll.html", "utdrag-578.html" },
            ExampleContent.FilesBelow(example.BuiltFolder(ExampleContent.Protocol)));
        Parse(example.Built(ExampleContent.Protocol, "utdrag-578.html"));
    }

    internal static byte[] Render(ExampleContent example, string date, string kind, string format)
    {
        var output = example.NewFolder("render");
        var result = CliRunner.Run("render", example.Meeting(date), "--dokument", kind, "--format", format, "-o", output);
        Assert.AreEqual(0, result.ExitCode, result.All);
        return File.ReadAllBytes(Path.Combine(output, $"{kind}.{format}"));
    }
}
