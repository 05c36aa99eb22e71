namespace BoardDocs.Tests.Foundation;

/// <summary>Reading organ.yaml and meeting files: syntax, keys, types, dates, times, file names.</summary>
[TestClass]
public sealed class LoaderTests
{
    private const string M = "organ/sammantraden/2015-03-05.yaml";

    [TestMethod]
    public void ValidContent_HasNoDiagnostics()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol);
        var set = c.AssertDiagnostics();
        Assert.HasCount(1, set.Organs);
        Assert.HasCount(1, set.Organs[0].Meetings);
        Assert.HasCount(2, set.Organs[0].Meetings[0].Items);
    }

    [TestMethod]
    public void YamlSyntaxError_UnclosedQuote_PointsAtTheQuote()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("plats: Kommunkontoret", "plats: \"Kommunkontoret"));
        c.AssertDiagnostics($"{M}:3:8: fel: ogiltig YAML: texten inom citattecken som börjar här avslutas inte (saknas ett avslutande citattecken?)");
    }

    [TestMethod]
    public void YamlSyntaxError_ColonInPlainValue()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("rubrik: Budget 2016", "rubrik: Budget: 2016"));
        c.AssertDiagnostics($"{M}:15:19: fel: ogiltig YAML: ett kolon ':' står där det inte får stå (sätt texten inom citattecken)");
    }

    [TestMethod]
    public void YamlSyntaxError_UnclosedFlowList_IsAnErrorNotACrash()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("förslag: [fastställa budgeten]", "förslag: [fastställa budgeten"));
        c.AssertDiagnostics($"{M}:16:14: fel: ogiltig YAML: listan inom [ ] som börjar här avslutas inte (saknas ']'?)");
    }

    [TestMethod]
    public void YamlSyntaxError_UnclosedFlowMapping_IsAnErrorNotACrash()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("tid: { start: \"09:00\", slut: \"12:00\" }", "tid: { start: \"09:00\", slut: 12"));
        c.AssertDiagnostics($"{M}:2:6: fel: ogiltig YAML: avsnittet inom {{ }} som börjar här avslutas inte (saknas '}}'?)");
    }

    [TestMethod]
    public void YamlSyntaxError_UnclosedFlowListAtEndOfFile()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", "datum: 2015-03-05\nplats: x\närenden: [a, b\n");
        c.AssertDiagnostics($"{M}:3:10: fel: ogiltig YAML: listan inom [ ] som börjar här avslutas inte (saknas ']'?)");
    }

    [TestMethod]
    public void YamlSyntaxError_TabIndentation_PointsAtTheTab()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("    förslag: [fastställa budgeten]", "\tförslag: [fastställa budgeten]"));
        c.AssertDiagnostics($"{M}:16:1: fel: ogiltig YAML: tabbtecken får inte användas för indrag i YAML; använd mellanslag");
    }

    [TestMethod]
    public void YamlSyntaxError_DuplicateKey_PointsAtTheSecondKey()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("plats: Kommunkontoret, Norsjö\n", "plats: Kommunkontoret, Norsjö\nplats: Stadshuset\n"));
        c.AssertDiagnostics($"{M}:4:1: fel: ogiltig YAML: samma nyckel förekommer två gånger i samma avsnitt");
    }

    [TestMethod]
    public void YamlSyntaxError_BadIndentation()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("  ersättare: [Carolina Marklund]", " ersättare: [Carolina Marklund]"));
        c.AssertDiagnostics($"{M}:7:2: fel: ogiltig YAML: felaktig indentering eller struktur (kontrollera indraget på raden och raden innan)");
    }

    [TestMethod]
    public void YamlSyntaxError_InOrganYaml()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("kortnamn: Testförbundet", "kortnamn: 'Testförbundet"))
            .Meeting("2015-03-05.yaml", Meetings.Protocol);
        var set = c.AssertDiagnostics("organ/organ.yaml:2:11: fel: ogiltig YAML: texten inom citattecken som börjar här avslutas inte (saknas ett avslutande citattecken?)");
        Assert.HasCount(0, set.Organs);
    }

    [TestMethod]
    public void EmptyFile_IsAnError()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", "# bara en kommentar\n");
        c.AssertDiagnostics($"{M}: fel: filen är tom");
    }

    [TestMethod]
    public void UnknownKey_WithSuggestion_AndNoFollowOnMissingKeyError()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("ärenden:", "arenden:"));
        c.AssertDiagnostics($"{M}:4:1: fel: okänd nyckel 'arenden' — menade du 'ärenden'?");
    }

    [TestMethod]
    public void UnknownKey_InNestedSections_WithSuggestion()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol
            .Replace("  ersättare: [", "  ersätare: [")
            .Replace("    förslag: [fastställa", "    forslag: [fastställa"));
        c.AssertDiagnostics(
            $"{M}:7:3: fel: okänd nyckel 'ersätare' — menade du 'ersättare'?",
            $"{M}:16:5: fel: okänd nyckel 'forslag' — menade du 'förslag'?");
    }

    [TestMethod]
    public void UnknownKey_WithoutLikelySuggestion()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Kallelse + "budgetram: 12000\n");
        c.AssertDiagnostics($"{M}:9:1: fel: okänd nyckel 'budgetram'");
    }

    [TestMethod]
    public void UnknownKey_InOrganYaml()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("sekreterare:", "sekretare:")).Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics(
            "organ/organ.yaml:4:1: fel: okänd nyckel 'sekretare' — menade du 'sekreterare'?",
            $"{M}: varning: ingen sekreterare angiven, varken i mötet eller i organ.yaml");
    }

    [TestMethod]
    public void WrongType_ListWhereTextExpected()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("plats: Kommunkontoret, Norsjö", "plats: [Kommunkontoret, Norsjö]"));
        c.AssertDiagnostics($"{M}:3:8: fel: fel typ för 'plats': förväntade en text, fick en lista");
    }

    [TestMethod]
    public void WrongType_SectionWhereTextExpected_InItem()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("  - rubrik: Budget 2016", "  - rubrik: { text: Budget 2016 }"));
        c.AssertDiagnostics($"{M}:7:13: fel: fel typ för 'rubrik': förväntade en text, fick ett avsnitt med nycklar");
    }

    [TestMethod]
    public void WrongType_TextWhereListOfItemsExpected()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", "datum: 2015-03-05\ntid: { start: \"09:00\" }\nplats: Kommunkontoret\närenden: Budget 2016\n");
        c.AssertDiagnostics($"{M}:4:10: fel: ett ärende ska vara ett avsnitt med nycklar (minst 'rubrik'), inte texten 'Budget 2016'");
    }

    [TestMethod]
    public void WrongType_SectionWhereListExpected()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("förslag: [fastställa budgeten]", "förslag: { att: fastställa budgeten }"));
        c.AssertDiagnostics(
            $"{M}:7:13: varning: ärende 2 ('Budget 2016') saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'",
            $"{M}:8:14: fel: fel typ för 'förslag': förväntade en lista, fick ett avsnitt med nycklar");
    }

    [TestMethod]
    public void WrongType_TextWhereSectionExpected()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("tid: { start: \"09:00\" }", "tid: \"09:00\""));
        c.AssertDiagnostics($"{M}:2:6: fel: fel typ för 'tid': förväntade ett avsnitt med nycklar, fick texten '09:00'");
    }

    [TestMethod]
    public void WrongType_TextWhereListOfMotionsExpected()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol + "    yrkanden: Kenneth Andersson\n");
        c.AssertDiagnostics($"{M}:18:15: fel: ett yrkande skrivs {{ av: Namn, text: \"…\" }}");
    }

    [TestMethod]
    public void WrongType_ListInsideListOfNames()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("justerare: [Anna Viklund]", "justerare: [[Anna Viklund]]"));
        c.AssertDiagnostics(
            $"{M}:9:3: fel: protokollet är justerat men 'justerare' saknas",
            $"{M}:9:15: fel: 'justerare' ska innehålla namn, inte en lista",
            $"{M}:12:13: fel: ärende 1 ('Val av justerare') väljer justerare men 'justering.justerare' saknas");
    }

    [TestMethod]
    public void WrongType_Boolean()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol + "    omedelbart_justerad: ja\n");
        c.AssertDiagnostics($"{M}:18:26: fel: 'omedelbart_justerad' ska vara true eller false, inte 'ja'");
    }

    [TestMethod]
    public void WrongType_FirstParagraphNotANumber()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("första_paragraf: 1", "första_paragraf: femtio"));
        c.AssertDiagnostics($"{M}:4:18: fel: 'första_paragraf' ska vara ett heltal från 1, inte 'femtio'");
    }

    [TestMethod]
    [DataRow("2014-13-45")]
    [DataRow("2015-02-29")]
    [DataRow("2015-3-5")]
    [DataRow("5 mars 2015")]
    public void BadDate_InDatum(string value)
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("datum: 2015-03-05", "datum: " + value));
        var set = c.AssertDiagnostics($"{M}:1:8: fel: ogiltigt datum '{value}' i 'datum': skriv ÅÅÅÅ-MM-DD, t.ex. 2015-03-05");
        Assert.HasCount(0, set.Organs[0].Meetings);
    }

    [TestMethod]
    public void BadDate_InJustering()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("justerad: 2015-03-10", "justerad: 2015-03-32"));
        c.AssertDiagnostics($"{M}:10:13: fel: ogiltigt datum '2015-03-32' i 'justerad': skriv ÅÅÅÅ-MM-DD, t.ex. 2015-03-05");
    }

    [TestMethod]
    [DataRow("9.00", "9.00")]
    [DataRow("\"25:00\"", "25:00")]
    [DataRow("\"09:60\"", "09:60")]
    [DataRow("nio", "nio")]
    public void BadTime_InStart(string yaml, string shown)
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("start: \"09:00\"", "start: " + yaml));
        c.AssertDiagnostics($"{M}:2:15: fel: ogiltig tid '{shown}' i 'start': skriv TT:MM, t.ex. \"09:00\"");
    }

    [TestMethod]
    public void BadTime_InSlut()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("slut: \"12:00\"", "slut: 12.00"));
        c.AssertDiagnostics($"{M}:2:30: fel: ogiltig tid '12.00' i 'slut': skriv TT:MM, t.ex. \"09:00\"");
    }

    [TestMethod]
    public void UnquotedTime_IsAccepted()
    {
        // YAML 1.2 reads 09:00 as text; it must not need quotes.
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("start: \"09:00\"", "start: 09:00"));
        var set = c.AssertDiagnostics();
        Assert.AreEqual(new TimeOnly(9, 0), set.Organs[0].Meetings[0].Start);
    }

    [TestMethod]
    public void SlutBeforeStart_IsAnError()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("slut: \"12:00\"", "slut: \"08:30\""));
        c.AssertDiagnostics($"{M}:2:30: fel: sluttiden 08:30 ligger inte efter starttiden 09:00");
    }

    [TestMethod]
    [DataRow("mars-2015.yaml")]
    [DataRow("2015-3-5.yaml")]
    [DataRow("2015-02-30.yaml")]
    [DataRow("2015-03-05.yml")]
    [DataRow("2015-03-05 extra.yaml")]
    [DataRow("20150305.yaml")]
    public void FileNameThatIsNotADate_IsAnError(string fileName)
    {
        using var c = new TempContent().Meeting(fileName, Meetings.Protocol);
        var set = c.AssertDiagnostics(
            $"organ/sammantraden/{fileName}: fel: mötesfilens namn '{fileName}' är inte ett datum: filen ska heta ÅÅÅÅ-MM-DD.yaml (t.ex. 2015-03-05.yaml) eller ÅÅÅÅ-MM-DD-tillägg.yaml");
        Assert.HasCount(0, set.Organs[0].Meetings);
    }

    [TestMethod]
    public void FileNameWithSuffix_IsAccepted()
    {
        using var c = new TempContent().Meeting("2015-03-05-extra.yaml", Meetings.Protocol);
        var set = c.AssertDiagnostics();
        Assert.AreEqual("2015-03-05-extra", set.Organs[0].Meetings[0].Key);
    }

    [TestMethod]
    public void LockAndHiddenFiles_AreNotReadAsMeetings()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol);
        c.File("organ/sammantraden/.DS_Store", "x");
        c.AssertDiagnostics();
        // A lock is checked as a lock (here: not one BoardDocs wrote), never read as a meeting file.
        c.File("organ/sammantraden/2015-03-05.lock", "sha256:abc\n");
        c.AssertDiagnostics("organ/sammantraden/2015-03-05.lock: fel: låsfilen är skadad och kan inte läsas; återställ den från versionshanteringen");
    }

    [TestMethod]
    [DataRow("{\"fingeravtryck\": \"abc\", \"fält\": null}")]
    [DataRow("{\"fingeravtryck\": \"abc\", \"filer\": null}")]
    [DataRow("{\"fingeravtryck\": \"abc\", \"ordning\": null}")]
    public void LockWithNullSections_IsReportedAsDamaged(string json)
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol);
        c.File("organ/sammantraden/2015-03-05.lock", json);
        c.AssertDiagnostics("organ/sammantraden/2015-03-05.lock: fel: låsfilen är skadad och kan inte läsas; återställ den från versionshanteringen");
    }

    [TestMethod]
    public void DatumNotMatchingFileName_IsAnError()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("datum: 2015-03-05", "datum: 2015-03-06"));
        c.AssertDiagnostics($"{M}:1:8: fel: datum 2015-03-06 stämmer inte med filnamnet 2015-03-05.yaml");
    }

    [TestMethod]
    [DataRow("datum: 2015-03-05\n", "datum")]
    [DataRow("plats: Kommunkontoret, Norsjö\n", "plats")]
    [DataRow("tid: { start: \"09:00\", slut: \"12:00\" }\n", "tid")]
    public void MissingRequiredMeetingKey(string line, string key)
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace(line, ""));
        c.AssertDiagnostics($"{M}:1:1: fel: nyckeln '{key}' saknas");
    }

    [TestMethod]
    public void MissingArenden_IsAnError_WithoutFollowOnErrors()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol[..Meetings.Protocol.IndexOf("ärenden:", StringComparison.Ordinal)]);
        c.AssertDiagnostics($"{M}:1:1: fel: nyckeln 'ärenden' saknas");
    }

    [TestMethod]
    public void MissingStartTime_IsAnError()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("start: \"09:00\", ", ""));
        c.AssertDiagnostics($"{M}:2:6: fel: nyckeln 'start' saknas");
    }

    [TestMethod]
    public void MissingRubrik_IsAnError()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("  - rubrik: Budget 2016\n    förslag:", "  - förslag:"));
        c.AssertDiagnostics($"{M}:15:5: fel: nyckeln 'rubrik' saknas");
    }

    [TestMethod]
    public void EmptyRequiredText_IsAnError()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol.Replace("plats: Kommunkontoret, Norsjö", "plats: \"  \""));
        c.AssertDiagnostics($"{M}:3:8: fel: 'plats' får inte vara tom");
    }

    [TestMethod]
    [DataRow("namn: Testförbundet Norsjö\n", "namn")]
    [DataRow("kortnamn: Testförbundet\n", "kortnamn")]
    [DataRow("paragrafnumrering: löpande\n", "paragrafnumrering")]
    public void MissingRequiredOrganKey(string line, string key)
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace(line, "")).Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics($"organ/organ.yaml:1:1: fel: nyckeln '{key}' saknas");
    }

    [TestMethod]
    public void MissingLedamoter_IsAnError()
    {
        var organ = TempContent.StandardOrgan[..TempContent.StandardOrgan.IndexOf("ledamöter:", StringComparison.Ordinal)];
        using var c = new TempContent(organ).Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics("organ/organ.yaml:1:1: fel: nyckeln 'ledamöter' saknas");
    }

    [TestMethod]
    [DataRow("{ namn: Kenneth Andersson, roll: ledamot }", "{ roll: ledamot }", "namn")]
    [DataRow("{ namn: Kenneth Andersson, roll: ledamot }", "{ namn: Kenneth Andersson }", "roll")]
    public void MissingMemberKey(string from, string to, string key)
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace(from, to)).Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics($"organ/organ.yaml:8:5: fel: nyckeln '{key}' saknas");
    }

    [TestMethod]
    public void MemberWrittenAsText_IsAnError()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("{ namn: Kenneth Andersson, roll: ledamot }", "Kenneth Andersson")).Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics("organ/organ.yaml:8:5: fel: varje ledamot ska ha 'namn' och 'roll', t.ex. { namn: Anna Viklund, roll: ledamot }");
    }

    [TestMethod]
    [DataRow("ärenden: []\n")]
    [DataRow("ärenden:\n")]
    public void EmptyArenden_IsAnError(string arenden)
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", $"datum: 2015-03-05\ntid: {{ start: \"09:00\" }}\nplats: Kommunkontoret\n{arenden}");
        var column = arenden.StartsWith("ärenden: []", StringComparison.Ordinal) ? 10 : 9;
        c.AssertDiagnostics($"{M}:4:{column}: fel: 'ärenden' är tom: ett möte behöver minst ett ärende");
    }

    [TestMethod]
    public void UnknownRole_WithSuggestion_KeepsTheMember()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("{ namn: Mikael Lindfors, roll: ledamot }", "{ namn: Mikael Lindfors, roll: ledamott }"))
            .Meeting("2015-03-05.yaml", Meetings.Protocol);
        c.AssertDiagnostics("organ/organ.yaml:9:36: fel: okänd roll 'ledamott': välj ordförande, vice ordförande, ledamot eller ersättare — menade du 'ledamot'?");
    }

    [TestMethod]
    public void UnknownNumberingRule_WithSuggestion()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("paragrafnumrering: löpande", "paragrafnumrering: lopande")).Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics("organ/organ.yaml:3:20: fel: okänd paragrafnumrering 'lopande': välj 'löpande' eller 'per_år' — menade du 'löpande'?");
    }

    [TestMethod]
    public void UnknownItemType_WithSuggestion()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("typ: val_av_justerare", "typ: val av justerare"));
        // An unknown typ is read as beslut, so the kallelse also warns about the open proposal.
        c.AssertDiagnostics(
            $"{M}:5:13: varning: ärende 1 ('Val av justerare') saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'",
            $"{M}:6:10: fel: okänd typ 'val av justerare': välj beslut, information eller val_av_justerare — menade du 'val_av_justerare'?");
    }

    [TestMethod]
    public void TwoChairs_IsAnError_AtTheSecondChair()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("{ namn: Anna Viklund, roll: vice ordförande }", "{ namn: Anna Viklund, roll: ordförande }"))
            .Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics("organ/organ.yaml:7:33: fel: organet kan bara ha en ordförande ('Bertil Almgren' är redan ordförande)");
    }

    [TestMethod]
    public void MemberListedTwice_IsAnError()
    {
        using var c = new TempContent(TempContent.StandardOrgan + "  - { namn: Anna Viklund, roll: ersättare }\n").Meeting("2015-03-05.yaml", Meetings.Kallelse);
        c.AssertDiagnostics("organ/organ.yaml:12:13: fel: 'Anna Viklund' står två gånger bland ledamöterna");
    }

    [TestMethod]
    public void NonexistentFolder_IsAnError()
    {
        var path = Path.Combine(Path.GetTempPath(), "boarddocs-foundation-" + Guid.NewGuid().ToString("N"));
        var set = Engine.Content.ContentLoader.Load(path);
        var d = set.Diagnostics.Items.Single();
        Assert.AreEqual("mappen finns inte", d.Message);
        Assert.AreEqual(0, d.Span.Line);
        Assert.AreEqual(Engine.Content.DisplayPath.For(path), d.Span.File);
    }

    [TestMethod]
    [DataRow("")]
    [DataRow("   ")]
    public void EmptyPath_IsAnError_NotAnException(string path)
    {
        var set = Engine.Content.ContentLoader.Load(path);
        Assert.AreEqual("'': fel: ingen mapp angiven: sökvägen är tom", set.Diagnostics.Items.Single().ToString());
    }

    [TestMethod]
    public void InvalidPath_IsAnError_NotAnException()
    {
        var set = Engine.Content.ContentLoader.Load("inne\0håll");
        Assert.AreEqual("inne\\0håll: fel: ogiltig sökväg: mappen kan inte finnas", set.Diagnostics.Items.Single().ToString());
    }

    [TestMethod]
    public void FolderWithoutOrganYaml_IsAnError()
    {
        using var c = new TempContent(organYaml: null);
        var set = c.Load();
        Assert.AreEqual($"{Engine.Content.DisplayPath.For(c.Root)}: fel: hittade ingen organ.yaml: ange en innehållsmapp med en mapp per organ, eller en organmapp",
            set.Diagnostics.Items.Single().ToString());
    }

    [TestMethod]
    public void OrganFolderItself_CanBeLoaded()
    {
        using var c = new TempContent().Meeting("2015-03-05.yaml", Meetings.Protocol);
        var set = Engine.Content.ContentLoader.Load(c.OrganFolder);
        Assert.HasCount(0, set.Diagnostics.Items);
        Assert.AreEqual("organ", set.Organs.Single().Organ.Id);
    }
}
