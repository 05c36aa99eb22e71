namespace BoardDocs.Tests.Foundation;

/// <summary>
/// Rules over a whole meeting and its organ. The meetings are <see cref="Meetings.Protocol"/> with
/// small edits; its lines are: 5 närvaro, 6 beslutande, 7 ersättare, 8 justering, 9 justerare,
/// 10 justerad, 11 ärenden, 12–14 item 1 (val av justerare), 15–17 item 2 (Budget 2016); lines
/// appended to it belong to item 2 and start at line 18.
/// </summary>
[TestClass]
public sealed class ValidatorTests
{
    private const string M = "organ/sammantraden/2015-03-05.yaml";

    private static TempContent With(string meeting) => new TempContent().Meeting("2015-03-05.yaml", meeting);

    private static TempContent WithProtocol(Func<string, string> edit) => With(edit(Meetings.Protocol));

    // ---- people who are not in organ.yaml ----

    [TestMethod]
    public void Beslutande_NotInOrgan_WithSuggestion()
    {
        using var c = WithProtocol(p => p.Replace("Kenneth Andersson, Mikael", "Kenneth Anderson, Mikael"));
        c.AssertDiagnostics($"{M}:6:46: fel: beslutande 'Kenneth Anderson' finns inte bland ledamöterna i organ.yaml — menade du 'Kenneth Andersson'?");
    }

    [TestMethod]
    public void Beslutande_NotInOrgan_NoSuggestionForAnUnrelatedName()
    {
        using var c = WithProtocol(p => p.Replace("Mikael Lindfors]", "Zlatan Ibrahimović]"));
        c.AssertDiagnostics($"{M}:6:65: fel: beslutande 'Zlatan Ibrahimović' finns inte bland ledamöterna i organ.yaml");
    }

    [TestMethod]
    public void Ersattare_NotInOrgan_WithSuggestion()
    {
        using var c = WithProtocol(p => p.Replace("ersättare: [Carolina Marklund]", "ersättare: [Karolina Marklund]"));
        c.AssertDiagnostics($"{M}:7:15: fel: ersättare 'Karolina Marklund' finns inte i organ.yaml — menade du 'Carolina Marklund'?");
    }

    [TestMethod]
    public void Justerare_NotInOrgan_WithSuggestion()
    {
        using var c = WithProtocol(p => p.Replace("justerare: [Anna Viklund]", "justerare: [Anna Wiklund]"));
        c.AssertDiagnostics($"{M}:9:15: fel: justerare 'Anna Wiklund' finns inte i organ.yaml — menade du 'Anna Viklund'?");
    }

    [TestMethod]
    public void Yrkande_ByPersonNotInOrgan_WithSuggestion()
    {
        using var c = With(Meetings.Protocol + "    yrkanden:\n      - { av: Bertil Almgrem, text: bifall till förslaget }\n");
        c.AssertDiagnostics($"{M}:19:15: fel: 'Bertil Almgrem' i yrkanden finns inte i organ.yaml eller bland övriga närvarande — menade du 'Bertil Almgren'?");
    }

    [TestMethod]
    public void Omrostning_VoterNotInOrgan_WithSuggestion()
    {
        using var c = With(Meetings.Protocol + "    omröstning:\n      ja: [Bertil Almgren, Anna Viklund]\n      nej: [Kenneth Andersson, Mikael Lindfros]\n");
        c.AssertDiagnostics($"{M}:20:32: fel: 'Mikael Lindfros' i omröstning finns inte i organ.yaml eller bland övriga närvarande — menade du 'Mikael Lindfors'?");
    }

    [TestMethod]
    public void Reservation_ByPersonNotInOrgan_WithSuggestion()
    {
        using var c = With(Meetings.Protocol + "    reservationer:\n      - { av: Kenet Andersson, text: till förmån för eget yrkande }\n");
        c.AssertDiagnostics($"{M}:19:15: fel: 'Kenet Andersson' i reservationer finns inte i organ.yaml eller bland övriga närvarande — menade du 'Kenneth Andersson'?");
    }

    [TestMethod]
    public void Reservation_WrittenAsPlainName_IsCheckedToo()
    {
        using var c = With(Meetings.Protocol + "    reservationer: [Kenet Andersson]\n");
        c.AssertDiagnostics($"{M}:18:21: fel: 'Kenet Andersson' i reservationer finns inte i organ.yaml eller bland övriga närvarande — menade du 'Kenneth Andersson'?");
    }

    [TestMethod]
    public void Jav_ForPersonNotInOrgan_WithSuggestion()
    {
        using var c = With(Meetings.Protocol + "    jäv: [Mikael Lindförs]\n");
        c.AssertDiagnostics($"{M}:18:11: fel: 'Mikael Lindförs' i jäv finns inte i organ.yaml eller bland övriga närvarande — menade du 'Mikael Lindfors'?");
    }

    [TestMethod]
    public void Ovriga_MayMakeMotions_ButNotVote()
    {
        using var c = WithProtocol(p => p.Replace("  ersättare: [Carolina Marklund]\n",
            "  ersättare: [Carolina Marklund]\n  övriga:\n    - { namn: Eva Hedlund, titel: Utredare }\n")
            + "    yrkanden:\n      - { av: Eva Hedlund, text: återremiss }\n"
            + "    omröstning:\n      ja: [Bertil Almgren, Eva Hedlund]\n");
        // lines shift by two: item 2 properties start at line 20
        c.AssertDiagnostics($"{M}:23:28: fel: 'Eva Hedlund' röstar men är inte beslutande vid sammanträdet");
    }

    [TestMethod]
    public void Ovriga_AreNotMembers_WhenListedAsBeslutande()
    {
        using var c = WithProtocol(p => p.Replace("Mikael Lindfors]\n", "Mikael Lindfors, Eva Hedlund]\n")
            .Replace("  ersättare: [Carolina Marklund]\n", "  ersättare: [Carolina Marklund]\n  övriga: [Eva Hedlund]\n"));
        c.AssertDiagnostics(
            $"{M}:6:82: fel: beslutande 'Eva Hedlund' finns inte bland ledamöterna i organ.yaml",
            $"{M}:8:12: fel: 'Eva Hedlund' står två gånger i närvaron");
    }

    // ---- närvaro ----

    [TestMethod]
    public void Beslutande_ListedTwice()
    {
        using var c = WithProtocol(p => p.Replace("Mikael Lindfors]", "Mikael Lindfors, Anna Viklund]"));
        c.AssertDiagnostics($"{M}:6:82: fel: 'Anna Viklund' står två gånger i närvaron");
    }

    [TestMethod]
    public void BeslutandeAndErsattare_SamePerson()
    {
        using var c = WithProtocol(p => p.Replace("ersättare: [Carolina Marklund]", "ersättare: [Carolina Marklund, Kenneth Andersson]"));
        c.AssertDiagnostics($"{M}:7:34: fel: 'Kenneth Andersson' står två gånger i närvaron");
    }

    private const string ServingAttendance = """
          beslutande:
            - Bertil Almgren
            - Anna Viklund
            - Kenneth Andersson
            - { namn: Carolina Marklund, tjänstgör_för: Mikael Lindfors }

        """;

    private static string Serving(string protocol, string servingLine) => protocol.Replace(
        "  beslutande: [Bertil Almgren, Anna Viklund, Kenneth Andersson, Mikael Lindfors]\n  ersättare: [Carolina Marklund]\n",
        ServingAttendance.Replace("{ namn: Carolina Marklund, tjänstgör_för: Mikael Lindfors }", servingLine));

    [TestMethod]
    public void TjanstgorFor_IsAccepted()
    {
        using var c = With(Serving(Meetings.Protocol, "{ namn: Carolina Marklund, tjänstgör_för: Mikael Lindfors }"));
        c.AssertDiagnostics();
    }

    [TestMethod]
    public void TjanstgorFor_UnknownMember_WithSuggestion()
    {
        using var c = With(Serving(Meetings.Protocol, "{ namn: Carolina Marklund, tjänstgör_för: Mikael Lindfor }"));
        c.AssertDiagnostics($"{M}:10:49: fel: tjänstgör_för 'Mikael Lindfor' finns inte bland ledamöterna i organ.yaml — menade du 'Mikael Lindfors'?");
    }

    [TestMethod]
    public void TjanstgorFor_AnotherErsattare()
    {
        using var c = With(Serving(Meetings.Protocol, "{ namn: Carolina Marklund, tjänstgör_för: Sture Andersson }"));
        c.AssertDiagnostics($"{M}:10:49: fel: 'Sture Andersson' är ersättare; en ersättare tjänstgör för en ordinarie ledamot");
    }

    [TestMethod]
    public void TjanstgorFor_AMemberWhoIsPresentAndVoting()
    {
        using var c = With(Serving(Meetings.Protocol, "{ namn: Carolina Marklund, tjänstgör_för: Anna Viklund }"));
        c.AssertDiagnostics($"{M}:10:49: fel: 'Carolina Marklund' tjänstgör för 'Anna Viklund', som själv står bland beslutande");
    }

    [TestMethod]
    public void Ersattare_AmongBeslutandeWithoutTjanstgorFor_IsAWarning()
    {
        using var c = WithProtocol(p => p.Replace("Mikael Lindfors]", "Carolina Marklund]").Replace("  ersättare: [Carolina Marklund]\n", ""));
        var set = c.AssertDiagnostics($"{M}:6:65: varning: ersättaren 'Carolina Marklund' står bland beslutande utan 'tjänstgör_för'");
        Assert.IsFalse(set.Diagnostics.HasErrors);
    }

    [TestMethod]
    public void Narvaro_WithoutBeslutande()
    {
        using var c = WithProtocol(p => p.Replace("  beslutande: [Bertil Almgren, Anna Viklund, Kenneth Andersson, Mikael Lindfors]\n", "")
            .Replace("justerare: [Anna Viklund]", "justerare: [Carolina Marklund]"));
        c.AssertDiagnostics($"{M}:6:3: fel: närvaro saknar beslutande");
    }

    // ---- justerare ----

    [TestMethod]
    public void Justerare_NotPresent()
    {
        using var c = WithProtocol(p => p.Replace("justerare: [Anna Viklund]", "justerare: [Sture Andersson]"));
        c.AssertDiagnostics($"{M}:9:15: fel: justerare 'Sture Andersson' är inte närvarande enligt närvaron");
    }

    [TestMethod]
    public void Justerare_PresentErsattare_IsAccepted()
    {
        using var c = WithProtocol(p => p.Replace("justerare: [Anna Viklund]", "justerare: [Carolina Marklund]"));
        c.AssertDiagnostics();
    }

    [TestMethod]
    public void Justerad_WithoutJusterare()
    {
        using var c = WithProtocol(p => p.Replace("  justerare: [Anna Viklund]\n", ""));
        c.AssertDiagnostics(
            $"{M}:9:3: fel: protokollet är justerat men 'justerare' saknas",
            $"{M}:11:13: fel: ärende 1 ('Val av justerare') väljer justerare men 'justering.justerare' saknas");
    }

    // ---- bilagor ----

    [TestMethod]
    [DataRow("../x.pdf")]
    [DataRow("bilagor/../../x.pdf")]
    [DataRow(@"..\x.pdf")]
    [DataRow("/etc/passwd")]
    public void Bilaga_OutsideTheOrganFolder(string path)
    {
        using var c = With(Meetings.Protocol + $"    bilagor: ['{path}']\n");
        c.AssertDiagnostics($"{M}:18:15: fel: bilagan '{path}' måste ligga i organets mapp (relativ sökväg utan '..', t.ex. bilagor/fil.pdf)");
    }

    [TestMethod]
    [DataRow("bilagor/a\\0b.pdf")]
    [DataRow(".")]
    public void Bilaga_ThatCannotBeAFileInTheFolder_IsAnErrorNotACrash(string path)
    {
        using var c = With(Meetings.Protocol + $"    bilagor: [\"{path}\"]\n");
        var set = c.Load();
        Assert.AreEqual(1, set.Diagnostics.ErrorCount, string.Join("\n", set.Diagnostics.Sorted()));
        StringAssert.Contains(set.Diagnostics.Sorted().First().Message, "måste ligga i organets mapp");
    }

    [TestMethod]
    public void Bilaga_AbsolutePath_InFilTitelForm()
    {
        using var c = With(Meetings.Protocol + "    bilagor:\n      - { fil: /etc/passwd, titel: Lösenord }\n");
        c.AssertDiagnostics($"{M}:19:16: fel: bilagan '/etc/passwd' måste ligga i organets mapp (relativ sökväg utan '..', t.ex. bilagor/fil.pdf)");
    }

    [TestMethod]
    public void Bilaga_ThatDoesNotExist()
    {
        using var c = With(Meetings.Protocol + "    bilagor: [bilagor/budget.pdf]\n");
        c.AssertDiagnostics($"{M}:18:15: fel: bilagan 'bilagor/budget.pdf' finns inte");
    }

    [TestMethod]
    public void Bilaga_ThatDoesNotExist_SuggestsAFileNearby()
    {
        using var c = With(Meetings.Protocol + "    bilagor: [bilagor/budget-2015.pdf]\n");
        c.File("organ/bilagor/budget-2016.pdf", "%PDF-1.4\n");
        c.AssertDiagnostics($"{M}:18:15: fel: bilagan 'bilagor/budget-2015.pdf' finns inte — menade du 'bilagor/budget-2016.pdf'?");
    }

    [TestMethod]
    public void Bilaga_ThatExists_IsAccepted()
    {
        using var c = With(Meetings.Protocol + "    bilagor:\n      - bilagor/budget-2016.pdf\n      - { fil: bilagor/budget-2016.md, titel: Budget }\n");
        c.File("organ/bilagor/budget-2016.pdf", "%PDF-1.4\n");
        c.File("organ/bilagor/budget-2016.md", "# Budget\n");
        c.AssertDiagnostics();
    }

    [TestMethod]
    public void Bilaga_InPunkter_IsCheckedToo()
    {
        using var c = With(Meetings.Protocol + """
              - rubrik: Informationsärenden
                typ: information
                punkter:
                  - rubrik: Rapport
                    bilagor: [../rapport.pdf]

            """);
        c.AssertDiagnostics($"{M}:22:19: fel: bilagan '../rapport.pdf' måste ligga i organets mapp (relativ sökväg utan '..', t.ex. bilagor/fil.pdf)");
    }

    // ---- beslut ----

    [TestMethod]
    public void BeslutMissing_InProtocol()
    {
        using var c = WithProtocol(p => p.Replace("  justerad: 2015-03-10\n", "").Replace("    beslut: [fastställa budgeten]\n", ""));
        c.AssertDiagnostics($"{M}:14:13: fel: ärende 2 ('Budget 2016') är av typen beslut men saknar 'beslut' (krävs för protokollet)");
    }

    [TestMethod]
    public void BeslutMissing_InJusteratProtocol_AlsoFlagsJusterad()
    {
        using var c = WithProtocol(p => p.Replace("    beslut: [fastställa budgeten]\n", ""));
        var set = c.AssertDiagnostics(
            $"{M}:10:13: fel: 'justerad' är satt men mötet har inget fullständigt protokoll (närvaro och beslut i varje beslutsärende)",
            $"{M}:15:13: fel: ärende 2 ('Budget 2016') är av typen beslut men saknar 'beslut' (krävs för protokollet)");
        Assert.IsFalse(set.Organs[0].Meetings[0].HasProtocol);
    }

    [TestMethod]
    public void BeslutMissing_WhenAnotherItemAlreadyHasBeslut()
    {
        // No närvaro yet, but a beslut is written: the meeting is being minuted.
        using var c = With(Meetings.Kallelse.Replace("    typ: val_av_justerare\n", "    typ: val_av_justerare\n    beslut: [utse Anna Viklund]\n"));
        c.AssertDiagnostics(
            $"{M}:5:13: fel: ärende 1 ('Val av justerare') väljer justerare men 'justering.justerare' saknas",
            $"{M}:8:13: fel: ärende 2 ('Budget 2016') är av typen beslut men saknar 'beslut' (krävs för protokollet)");
    }

    [TestMethod]
    public void InformationItem_NeedsNoBeslut()
    {
        using var c = With(Meetings.Protocol + "  - rubrik: Informationsärenden\n    typ: information\n");
        c.AssertDiagnostics();
    }

    [TestMethod]
    public void Kallelse_OpenProposal_IsAWarning()
    {
        using var c = With(Meetings.Kallelse.Replace("    förslag: [fastställa budgeten]\n", ""));
        var set = c.AssertDiagnostics($"{M}:7:13: varning: ärende 2 ('Budget 2016') saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'");
        Assert.IsFalse(set.Diagnostics.HasErrors);
    }

    [TestMethod]
    public void Kallelse_LongTitle_IsShortenedInTheWarning()
    {
        using var c = With(Meetings.Kallelse.Replace("    förslag: [fastställa budgeten]\n", "")
            .Replace("rubrik: Budget 2016", "rubrik: Budget 2016 och flerårsplan 2017–2018 för hela förbundet"));
        c.AssertDiagnostics($"{M}:7:13: varning: ärende 2 ('Budget 2016 och flerårsplan 2017–2018…') saknar 'förslag': kallelsen skriver ett öppet förslag 'att …'");
    }

    // ---- reservationer, omröstning, jäv ----

    [TestMethod]
    public void Reservation_ByErsattareNotServing()
    {
        using var c = With(Meetings.Protocol + "    reservationer:\n      - { av: Carolina Marklund, text: till förmån för eget yrkande }\n");
        c.AssertDiagnostics($"{M}:19:15: fel: 'Carolina Marklund' reserverar sig men deltog inte i beslutet (bara beslutande kan reservera sig)");
    }

    [TestMethod]
    public void Reservation_ByMemberNotPresent()
    {
        using var c = WithProtocol(p => p.Replace(", Mikael Lindfors]", "]") + "    reservationer:\n      - { av: Mikael Lindfors, text: till förmån för avslag }\n");
        c.AssertDiagnostics($"{M}:19:15: fel: 'Mikael Lindfors' reserverar sig men deltog inte i beslutet (bara beslutande kan reservera sig)");
    }

    [TestMethod]
    public void Reservation_ByServingErsattare_IsAccepted()
    {
        using var c = With(Serving(Meetings.Protocol, "{ namn: Carolina Marklund, tjänstgör_för: Mikael Lindfors }")
            + "    reservationer:\n      - { av: Carolina Marklund, text: till förmån för eget yrkande, skriftlig: true }\n");
        var set = c.AssertDiagnostics();
        var reservation = set.Organs[0].Meetings[0].Items[1].Reservations.Single();
        Assert.IsTrue(reservation.Written);
    }

    [TestMethod]
    public void Reservation_ByMemberWithJav()
    {
        using var c = With(Meetings.Protocol + "    jäv: [Mikael Lindfors]\n    reservationer:\n      - { av: Mikael Lindfors, text: mot beslutet }\n");
        c.AssertDiagnostics($"{M}:20:15: fel: 'Mikael Lindfors' anmälde jäv i ärendet och kan inte reservera sig mot beslutet");
    }

    [TestMethod]
    public void Jav_ForSomeoneWhoAlsoVoted()
    {
        using var c = With(Meetings.Protocol + "    jäv: [Mikael Lindfors]\n    omröstning:\n      ja: [Bertil Almgren, Anna Viklund, Mikael Lindfors]\n      nej: [Kenneth Andersson]\n");
        c.AssertDiagnostics($"{M}:20:42: fel: 'Mikael Lindfors' anmälde jäv i ärendet men deltar i omröstningen");
    }

    [TestMethod]
    public void Jav_WithoutVoting_IsAccepted()
    {
        using var c = With(Meetings.Protocol + "    jäv: [Mikael Lindfors]\n    omröstning:\n      ja: [Bertil Almgren, Anna Viklund]\n      nej: [Kenneth Andersson]\n");
        c.AssertDiagnostics();
    }

    [TestMethod]
    public void Omrostning_VoterWhoIsNotBeslutande()
    {
        using var c = With(Meetings.Protocol + "    omröstning:\n      ja: [Bertil Almgren, Anna Viklund, Carolina Marklund]\n      nej: [Kenneth Andersson]\n");
        c.AssertDiagnostics($"{M}:19:42: fel: 'Carolina Marklund' röstar men är inte beslutande vid sammanträdet");
    }

    [TestMethod]
    public void Omrostning_VotingTwice()
    {
        using var c = With(Meetings.Protocol + "    omröstning:\n      ja: [Bertil Almgren, Anna Viklund]\n      nej: [Kenneth Andersson]\n      avstår: [Anna Viklund]\n");
        c.AssertDiagnostics($"{M}:21:16: fel: 'Anna Viklund' röstar mer än en gång i omröstningen");
    }

    [TestMethod]
    public void Yrkande_ByMemberNotPresent()
    {
        using var c = With(Meetings.Protocol + "    yrkanden:\n      - { av: Sture Andersson, text: avslag }\n");
        c.AssertDiagnostics($"{M}:19:15: fel: 'Sture Andersson' yrkar men är inte närvarande enligt närvaron");
    }

    // ---- justering dates ----

    [TestMethod]
    public void Justerad_BeforeTheMeeting_IsAnError()
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "justerad: 2015-03-04"));
        c.AssertDiagnostics($"{M}:10:13: fel: justeringsdatum 2015-03-04 ligger före sammanträdesdagen 2015-03-05");
    }

    [TestMethod]
    [DataRow("2015-03-05")]
    [DataRow("2015-03-19")]
    public void Justerad_OnTheDayOrWithin14Days_IsAccepted(string justerad)
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "justerad: " + justerad));
        c.AssertDiagnostics();
    }

    [TestMethod]
    public void Justerad_MoreThan14DaysAfter_IsAWarning()
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "justerad: 2015-03-20"));
        var set = c.AssertDiagnostics($"{M}:10:13: varning: protokollet justerades 15 dagar efter sammanträdet (mer än 14 dagar)");
        Assert.IsFalse(set.Diagnostics.HasErrors);
    }

    [TestMethod]
    public void Anslagen_MoreThanTwoDaysAfterJusterad_IsAWarning()
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "justerad: 2015-03-10\n  anslagen: 2015-03-13"));
        var set = c.AssertDiagnostics($"{M}:11:13: varning: justeringen ska tillkännages senast andra dagen efter justeringen (2015-03-12, KL 8 kap. 12 §), men anslagsdatum är 2015-03-13");
        Assert.IsFalse(set.Diagnostics.HasErrors);
    }

    [TestMethod]
    [DataRow("2015-03-10")]
    [DataRow("2015-03-12")]
    public void Anslagen_WithinTwoDays_IsAccepted(string anslagen)
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "justerad: 2015-03-10\n  anslagen: " + anslagen));
        c.AssertDiagnostics();
    }

    [TestMethod]
    public void Anslagen_BeforeJusterad_IsAnError()
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "justerad: 2015-03-10\n  anslagen: 2015-03-09"));
        c.AssertDiagnostics($"{M}:11:13: fel: anslagsdatum 2015-03-09 ligger före justeringsdatum 2015-03-10");
    }

    [TestMethod]
    public void Anslagen_WithoutJusterad_IsAnError()
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "anslagen: 2015-03-11"));
        c.AssertDiagnostics($"{M}:10:13: fel: 'anslagen' är satt men protokollet är inte justerat ('justerad' saknas)");
    }

    [TestMethod]
    public void Senast_BeforeTheMeeting_IsAnError()
    {
        using var c = WithProtocol(p => p.Replace("justerad: 2015-03-10", "senast: 2015-03-01"));
        c.AssertDiagnostics($"{M}:10:11: fel: sista justeringsdag 2015-03-01 ligger före sammanträdesdagen");
    }

    // ---- all problems in one run ----

    [TestMethod]
    public void AllProblemsOfAFile_AreReportedInOneRun()
    {
        using var c = With("""
            datum: 2015-03-05
            tid: { start: 9.00 }
            plats: Kommunkontoret
            lokal: Sal 3
            närvaro:
              beslutande: [Bertil Almgren, Anna Viklund, Kenet Andersson]
            justering:
              justerare: [Sture Andersson]
            ärenden:
              - rubrik: Budget 2016
                förslag: [fastställa budgeten]
                bilagor: [bilagor/budget.pdf]

            """);
        var set = c.AssertDiagnostics(
            $"{M}:2:15: fel: ogiltig tid '9.00' i 'start': skriv TT:MM, t.ex. \"09:00\"",
            $"{M}:4:1: fel: okänd nyckel 'lokal'",
            $"{M}:6:46: fel: beslutande 'Kenet Andersson' finns inte bland ledamöterna i organ.yaml — menade du 'Kenneth Andersson'?",
            $"{M}:8:15: fel: justerare 'Sture Andersson' är inte närvarande enligt närvaron",
            $"{M}:10:13: fel: ärende 1 ('Budget 2016') är av typen beslut men saknar 'beslut' (krävs för protokollet)",
            $"{M}:12:15: fel: bilagan 'bilagor/budget.pdf' finns inte");
        Assert.AreEqual(6, set.Diagnostics.ErrorCount);
    }

    [TestMethod]
    public void ProblemsInSeveralFiles_AreAllReported_SortedByFile()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("paragrafnumrering: löpande", "paragrafnumrering: årsvis"))
            .Meeting("2015-03-05.yaml", Meetings.Kallelse.Replace("ärenden:", "arenden:"))
            .Meeting("2015-04-01.yaml", Meetings.Kallelse.Replace("datum: 2015-03-05", "datum: 2015-04-02"))
            .Meeting("april.yaml", Meetings.Kallelse);
        c.AssertDiagnostics(
            "organ/organ.yaml:3:20: fel: okänd paragrafnumrering 'årsvis': välj 'löpande' eller 'per_år'",
            $"{M}:4:1: fel: okänd nyckel 'arenden' — menade du 'ärenden'?",
            "organ/sammantraden/2015-04-01.yaml:1:8: fel: datum 2015-04-02 stämmer inte med filnamnet 2015-04-01.yaml",
            "organ/sammantraden/april.yaml: fel: mötesfilens namn 'april.yaml' är inte ett datum: filen ska heta ÅÅÅÅ-MM-DD.yaml (t.ex. 2015-03-05.yaml) eller ÅÅÅÅ-MM-DD-tillägg.yaml");
    }
}
