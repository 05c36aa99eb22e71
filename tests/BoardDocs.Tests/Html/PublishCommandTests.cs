using BoardDocs.Tests.Foundation;
using BoardDocs.Tests.Word;
using static BoardDocs.Tests.Html.HtmlPage;

namespace BoardDocs.Tests.Html;

/// <summary><c>boarddocs publicera</c>: only justerade protokoll go on the web, with index pages.</summary>
[TestClass]
public sealed class PublishCommandTests
{
    private const string O = ExampleContent.OrganId;

    private static readonly string[] ExpectedFiles =
    [
        "index.html",
        $"{O}/2014-11-28/bevis.html",
        $"{O}/2014-11-28/bevis.pdf",
        $"{O}/2014-11-28/protokoll.html",
        $"{O}/2014-11-28/protokoll.lock",
        $"{O}/2014-11-28/protokoll.pdf",
        $"{O}/2015-03-05/kallelse.html",
        $"{O}/2015-03-05/kallelse.pdf",
        $"{O}/index.html",
    ];

    [TestMethod]
    public void Example_WritesExactlyTheExpectedFiles()
    {
        using var example = new ExampleContent();
        var web = example.NewFolder("webb");
        var result = CliRunner.Run("publicera", example.Content, "-o", web);

        Assert.AreEqual(0, result.ExitCode, result.All);
        CollectionAssert.AreEqual(ExpectedFiles, ExampleContent.FilesBelow(web), string.Join("\n", ExampleContent.FilesBelow(web)));
        foreach (var f in ExpectedFiles.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
            Assert.AreEqual("sv", Parse(File.ReadAllBytes(Path.Combine(web, f))).Root!.Attribute("lang")?.Value, f);
        foreach (var f in ExpectedFiles.Where(f => f.EndsWith(".pdf", StringComparison.Ordinal)))
            StringAssert.StartsWith(System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(Path.Combine(web, f)), 0, 5), "%PDF-", f);
        Assert.IsTrue(File.Exists(Path.Combine(example.OrganFolder, "sammantraden", "2014-11-28.lock")), "the justerat protocol is locked, as by build");
        CliRunner.AssertNoStackTrace(result);

        // A second run changes nothing: the locked PDF is kept, every other file has the same bytes.
        var before = ExpectedFiles.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(web, f)));
        var again = CliRunner.Run("publicera", example.Content, "-o", web);
        Assert.AreEqual(0, again.ExitCode, again.All);
        StringAssert.Contains(again.Stdout, "behöll");
        foreach (var (f, bytes) in before)
            CollectionAssert.AreEqual(bytes, File.ReadAllBytes(Path.Combine(web, f)), f);
    }

    [TestMethod]
    public void OrganIndex_ListsTheJusteratProtocol_WithParagraphsLinksAndAppealDate()
    {
        using var example = new ExampleContent();
        var web = example.NewFolder("webb");
        Assert.AreEqual(0, CliRunner.Run("publicera", example.Content, "-o", web).ExitCode);
        var doc = Parse(File.ReadAllBytes(Path.Combine(web, O, "index.html")));
        var text = doc.Root!.Value;

        Assert.AreEqual("Samordningsförbundet Skellefteå-Norsjö", All(doc, "h1").Single().Value);
        var protocols = All(doc, "section").First();
        Assert.AreEqual("Justerade protokoll", protocols.Element(X + "h2")!.Value);
        var entry = protocols.Descendants(X + "article").Single();
        StringAssert.Contains(entry.Value, "2014-11-28");
        StringAssert.Contains(entry.Value, "§ 578–586");
        StringAssert.Contains(entry.Value, "Sista dag för överklagande: 2014-12-29");
        CollectionAssert.AreEqual(new[] { "2014-11-28/protokoll.html", "2014-11-28/protokoll.pdf", "2014-11-28/bevis.html", "2014-11-28/bevis.pdf" },
            entry.Descendants(X + "a").Select(a => a.Attribute("href")!.Value).ToList());
        StringAssert.Contains(entry.Value, "Bevis om anslag");

        var coming = All(doc, "section").Single(s => s.Element(X + "h2")!.Value == "Kommande sammanträden");
        CollectionAssert.AreEqual(new[] { "2015-03-05/kallelse.html", "2015-03-05/kallelse.pdf" },
            coming.Descendants(X + "a").Select(a => a.Attribute("href")!.Value).ToList());
        Assert.IsFalse(text.Contains("2015-03-05/protokoll", StringComparison.Ordinal));

        var root = Parse(File.ReadAllBytes(Path.Combine(web, "index.html")));
        var organLink = All(root, "main").Single().Descendants(X + "a").Single();
        Assert.AreEqual($"{O}/index.html", organLink.Attribute("href")!.Value);
        Assert.AreEqual("Samordningsförbundet Skellefteå-Norsjö", organLink.Value);
    }

    [TestMethod]
    public void ProtocolsAreListedNewestFirst()
    {
        using var content = new TempContent()
            .Meeting("2015-03-05.yaml", Meetings.Protocol)
            .Meeting("2015-04-16.yaml", Meetings.Protocol.Replace("2015-03-05", "2015-04-16").Replace("2015-03-10", "2015-04-20").Replace("första_paragraf: 1\n", ""));
        var web = Path.Combine(content.Root, "webb");
        var result = CliRunner.Run("publicera", content.Root, "-o", web);
        Assert.AreEqual(0, result.ExitCode, result.All);

        var doc = Parse(File.ReadAllBytes(Path.Combine(web, "organ", "index.html")));
        CollectionAssert.AreEqual(new[] { "2015-04-16", "2015-03-05" },
            All(doc, "article").Select(a => a.Element(X + "h3")!.Element(X + "time")!.Value).ToList());
        CollectionAssert.AreEqual(new[] { "§ 3–4", "§ 1–2" },
            All(doc, "p").Where(p => HasClass(p, "paragrafer")).Select(p => p.Value).ToList());
    }

    [TestMethod]
    public void UnadjustedProtocol_IsNeverPublished_AndAWithdrawnOneIsRemoved()
    {
        using var example = new ExampleContent();
        var web = example.NewFolder("webb");
        Assert.AreEqual(0, CliRunner.Run("publicera", example.Content, "-o", web).ExitCode);
        Assert.IsTrue(File.Exists(Path.Combine(web, O, "2014-11-28", "protokoll.html")));

        // The justering is taken back (and the lock with it): the protocol is no longer final.
        var meeting = example.Meeting(ExampleContent.Protocol);
        var yaml = File.ReadAllText(meeting);
        var unadjusted = string.Join("\n", yaml.Split('\n').Where(l => !l.TrimStart().StartsWith("justerad:", StringComparison.Ordinal) && !l.TrimStart().StartsWith("anslagen:", StringComparison.Ordinal)));
        Assert.AreNotEqual(yaml, unadjusted);
        File.WriteAllText(meeting, unadjusted);
        File.Delete(Path.ChangeExtension(meeting, ".lock"));

        var result = CliRunner.Run("publicera", example.Content, "-o", web);
        Assert.AreEqual(0, result.ExitCode, result.All);
        var files = ExampleContent.FilesBelow(web);
        Assert.IsFalse(files.Any(f => f.Contains("2014-11-28", StringComparison.Ordinal)), string.Join("\n", files));
        var index = File.ReadAllText(Path.Combine(web, O, "index.html"));
        Assert.IsFalse(index.Contains("578", StringComparison.Ordinal), index);
        StringAssert.Contains(index, "Inga justerade protokoll ännu.");
    }

    [TestMethod]
    public void UnadjustedProtocol_InAFreshFolder_IsNotPublished()
    {
        using var content = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("  justerad: 2015-03-10\n", ""));
        var web = Path.Combine(content.Root, "webb");
        var result = CliRunner.Run("publicera", content.Root, "-o", web);

        Assert.AreEqual(0, result.ExitCode, result.All);
        CollectionAssert.AreEqual(new[] { "index.html", "organ/index.html" }, ExampleContent.FilesBelow(web));
        Assert.IsFalse(File.Exists(Path.ChangeExtension(Path.Combine(content.OrganFolder, "sammantraden", "2015-03-05.yaml"), ".lock")));
    }

    [TestMethod]
    public void ContentErrors_ExitOne_AndNothingIsWritten()
    {
        using var content = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("ärenden:", "arenden:"));
        var web = Path.Combine(content.Root, "webb");
        var result = CliRunner.Run("publicera", content.Root, "-o", web);

        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "inget publicerades");
        Assert.IsFalse(Directory.Exists(web));
        CliRunner.AssertNoStackTrace(result);
    }
}
