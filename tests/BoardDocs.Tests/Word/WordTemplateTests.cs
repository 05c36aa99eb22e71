using BoardDocs.Tests.Foundation;

namespace BoardDocs.Tests.Word;

/// <summary>An organ's own templates in <c>mallar/</c>: used when present, errors named by file and line.</summary>
[TestClass]
public sealed class WordTemplateTests
{
    private const string Meeting = """
        datum: 2015-03-05
        tid: { start: "09:00", slut: "12:00" }
        plats: Kommunhuset, Norsjö
        ärenden:
          - rubrik: Budget 2016
            förslag: [godkänna budgeten]

        """;

    [TestMethod]
    public void UnknownVariableInAnOwnTemplateNamesFileAndLine()
    {
        using var content = new TempContent().Meeting("2015-03-05.yaml", Meeting);
        // line 1: title, line 2: empty, line 3: the unknown variable
        content.File("organ/mallar/kallelse.hbs", "# Kallelse för {{organ.namn}}\n\nDatum: {{mote.finnsinte}}\n");
        var output = Path.Combine(content.Root, "ut");

        var result = CliRunner.Run("render", Path.Combine(content.OrganFolder, "sammantraden", "2015-03-05.yaml"),
            "--dokument", "kallelse", "--format", "docx", "-o", output);

        Assert.AreEqual(1, result.ExitCode, result.All);
        StringAssert.Contains(result.Stderr, "kallelse.hbs:3:");
        StringAssert.Contains(result.Stderr, "finnsinte");
        CliRunner.AssertNoStackTrace(result);
        Assert.IsEmpty(ExampleContent.FilesBelow(output), "inget dokument får skrivas när mallen har fel");
    }

    [TestMethod]
    public void OwnKallelseTemplateIsUsed()
    {
        using var content = new TempContent().Meeting("2015-03-05.yaml", Meeting);
        content.File("organ/mallar/kallelse.hbs", """
            # Egen kallelse från {{organ.kortnamn}}

            Välkomna till {{mote.plats}} {{mote.datum_lang}}.

            {{#each arenden}}
            Punkt {{nummer}}: {{rubrik}} – att {{#each forslag}}{{this}}{{/each}}

            {{/each}}
            """);
        var output = Path.Combine(content.Root, "ut");

        var result = CliRunner.Run("render", Path.Combine(content.OrganFolder, "sammantraden", "2015-03-05.yaml"),
            "--dokument", "kallelse", "--format", "docx", "-o", output);

        Assert.AreEqual(0, result.ExitCode, result.All);
        using var document = WordText.Open(File.ReadAllBytes(Path.Combine(output, "kallelse.docx")));
        var lines = WordText.Paragraphs(document).Select(WordText.Text).Where(t => t.Length > 0).ToList();
        CollectionAssert.AreEqual(new[]
        {
            "Egen kallelse från Testförbundet",
            "Välkomna till Kommunhuset, Norsjö Torsdag 5 mars 2015.",
            "Punkt 1: Budget 2016 – att godkänna budgeten.",
        }, lines, string.Join("\n", lines));
        // The built-in template's parts are gone.
        Assert.IsFalse(lines.Any(l => l.Contains("föreslås besluta", StringComparison.Ordinal)), string.Join("\n", lines));
    }
}
