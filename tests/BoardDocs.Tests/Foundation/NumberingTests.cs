using BoardDocs.Engine.Content;
using BoardDocs.Engine.Numbering;

namespace BoardDocs.Tests.Foundation;

/// <summary>§ numbering across the meetings of an organ (content folders built in temp dirs).</summary>
[TestClass]
public sealed class NumberingTests
{
    private const string PerYear = "paragrafnumrering: per_år";

    private static string Range(OrganContent organ, string key)
    {
        var meeting = organ.FindMeeting(key) ?? throw new AssertFailedException($"no meeting {key}");
        return organ.Paragraphs.TryGetValue(meeting, out var range) ? $"{range.First}–{range.Last}" : "ingen";
    }

    [TestMethod]
    public void Lopande_PinnedFirstThenContinuing_AcrossThreeMeetings()
    {
        using var c = new TempContent()
            .Meeting("2014-11-28.yaml", Meetings.MinimalProtocol("2014-11-28", items: 3, firstParagraph: 578))
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 2))
            .Meeting("2015-04-16.yaml", Meetings.MinimalProtocol("2015-04-16", items: 4));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("578–580", Range(organ, "2014-11-28"));
        Assert.AreEqual("581–582", Range(organ, "2015-03-05"));
        Assert.AreEqual("583–586", Range(organ, "2015-04-16"));
        var last = organ.Paragraphs[organ.FindMeeting("2015-04-16")!];
        Assert.AreEqual(583, last.Of(0));
        Assert.AreEqual(586, last.Of(3));
    }

    [TestMethod]
    public void Lopande_WithoutPin_StartsAtOne()
    {
        using var c = new TempContent()
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 2))
            .Meeting("2015-04-16.yaml", Meetings.MinimalProtocol("2015-04-16", items: 1));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("1–2", Range(organ, "2015-03-05"));
        Assert.AreEqual("3–3", Range(organ, "2015-04-16"));
    }

    [TestMethod]
    public void Lopande_DoesNotRestartAtNewYear()
    {
        using var c = new TempContent()
            .Meeting("2014-12-15.yaml", Meetings.MinimalProtocol("2014-12-15", items: 2, firstParagraph: 40))
            .Meeting("2015-01-20.yaml", Meetings.MinimalProtocol("2015-01-20", items: 2));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("42–43", Range(organ, "2015-01-20"));
    }

    [TestMethod]
    public void PerAr_RestartsAtOneInANewYear()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("paragrafnumrering: löpande", PerYear))
            .Meeting("2014-11-28.yaml", Meetings.MinimalProtocol("2014-11-28", items: 2, firstParagraph: 40))
            .Meeting("2014-12-15.yaml", Meetings.MinimalProtocol("2014-12-15", items: 3))
            .Meeting("2015-01-20.yaml", Meetings.MinimalProtocol("2015-01-20", items: 2))
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 4));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("40–41", Range(organ, "2014-11-28"));
        Assert.AreEqual("42–44", Range(organ, "2014-12-15"));
        Assert.AreEqual("1–2", Range(organ, "2015-01-20"));
        Assert.AreEqual("3–6", Range(organ, "2015-03-05"));
    }

    [TestMethod]
    public void PerAr_PinOfOneInANewYear_IsAccepted()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("paragrafnumrering: löpande", PerYear))
            .Meeting("2014-12-15.yaml", Meetings.MinimalProtocol("2014-12-15", items: 3, firstParagraph: 40))
            .Meeting("2015-01-20.yaml", Meetings.MinimalProtocol("2015-01-20", items: 2, firstParagraph: 1));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("1–2", Range(organ, "2015-01-20"));
    }

    [TestMethod]
    public void PerAr_PinOtherThanOneInANewYear_IsAnError()
    {
        using var c = new TempContent(TempContent.StandardOrgan.Replace("paragrafnumrering: löpande", PerYear))
            .Meeting("2014-12-15.yaml", Meetings.MinimalProtocol("2014-12-15", items: 3, firstParagraph: 40))
            .Meeting("2015-01-20.yaml", Meetings.MinimalProtocol("2015-01-20", items: 2, firstParagraph: 43));
        c.AssertDiagnostics(
            "organ/sammantraden/2015-01-20.yaml:4:18: fel: första_paragraf 43: med paragrafnumrering per_år börjar årets första protokoll på § 1 (föregående möte 2014-12-15 (2014-12-15.yaml) är från 2014)");
    }

    [TestMethod]
    public void PinnedNumber_CollidingWithThePreviousMeeting_NamesBothMeetings()
    {
        using var c = new TempContent()
            .Meeting("2015-02-05.yaml", Meetings.MinimalProtocol("2015-02-05", items: 3, firstParagraph: 10))
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 2, firstParagraph: 12));
        var set = c.AssertDiagnostics(
            "organ/sammantraden/2015-03-05.yaml:4:18: fel: första_paragraf 12 krockar med § 10–12 i mötet 2015-02-05 (2015-02-05.yaml); nästa lediga nummer är § 13");
        Assert.IsTrue(set.Diagnostics.HasErrors);
    }

    [TestMethod]
    public void PinnedNumber_BelowThePreviousMeeting_IsACollision()
    {
        using var c = new TempContent()
            .Meeting("2015-02-05.yaml", Meetings.MinimalProtocol("2015-02-05", items: 1, firstParagraph: 10))
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 2, firstParagraph: 3));
        c.AssertDiagnostics(
            "organ/sammantraden/2015-03-05.yaml:4:18: fel: första_paragraf 3 krockar med § 10 i mötet 2015-02-05 (2015-02-05.yaml); nästa lediga nummer är § 11");
    }

    [TestMethod]
    public void PinnedNumber_LeavingAGap_IsAnError()
    {
        using var c = new TempContent()
            .Meeting("2015-02-05.yaml", Meetings.MinimalProtocol("2015-02-05", items: 3, firstParagraph: 10))
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 2, firstParagraph: 15));
        c.AssertDiagnostics(
            "organ/sammantraden/2015-03-05.yaml:4:18: fel: första_paragraf 15 lämnar en lucka efter § 12 i mötet 2015-02-05 (2015-02-05.yaml); väntat § 13");
    }

    [TestMethod]
    public void PinnedNumber_EqualToTheNextNumber_IsAccepted()
    {
        using var c = new TempContent()
            .Meeting("2015-02-05.yaml", Meetings.MinimalProtocol("2015-02-05", items: 3, firstParagraph: 10))
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 2, firstParagraph: 13));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("13–14", Range(organ, "2015-03-05"));
    }

    [TestMethod]
    public void Gap_IsAllowed_WhenThePreviousMeetingHasNoProtokollYet()
    {
        using var c = new TempContent()
            .Meeting("2015-02-05.yaml", Meetings.MinimalProtocol("2015-02-05", items: 3, firstParagraph: 10))
            .Meeting("2015-03-05.yaml", Meetings.MinimalKallelse("2015-03-05", items: 4))
            .Meeting("2015-04-16.yaml", Meetings.MinimalProtocol("2015-04-16", items: 2, firstParagraph: 40));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("10–12", Range(organ, "2015-02-05"));
        Assert.AreEqual("ingen", Range(organ, "2015-03-05"));
        Assert.AreEqual("40–41", Range(organ, "2015-04-16"));
    }

    [TestMethod]
    public void Kallelse_HasNoParagraphNumbers_AndIsSkippedByTheSeries()
    {
        using var c = new TempContent()
            .Meeting("2015-02-05.yaml", Meetings.MinimalProtocol("2015-02-05", items: 3, firstParagraph: 10))
            .Meeting("2015-03-05.yaml", Meetings.MinimalKallelse("2015-03-05", items: 4))
            .Meeting("2015-04-16.yaml", Meetings.MinimalProtocol("2015-04-16", items: 2));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("ingen", Range(organ, "2015-03-05"));
        Assert.AreEqual("13–14", Range(organ, "2015-04-16"));
    }

    [TestMethod]
    public void TwoMeetingsOnOneDay_AreNumberedInFileNameOrder()
    {
        using var c = new TempContent()
            .Meeting("2015-03-05-extra.yaml", Meetings.MinimalProtocol("2015-03-05", items: 1))
            .Meeting("2015-03-05.yaml", Meetings.MinimalProtocol("2015-03-05", items: 2, firstParagraph: 20));
        var organ = c.AssertDiagnostics().Organs.Single();
        Assert.AreEqual("20–21", Range(organ, "2015-03-05"));
        Assert.AreEqual("22–22", Range(organ, "2015-03-05-extra"));
    }

    [TestMethod]
    public void MeetingsAreOrderedByDate_NotByWritingOrder()
    {
        using var c = new TempContent()
            .Meeting("2015-04-16.yaml", Meetings.MinimalProtocol("2015-04-16", items: 2))
            .Meeting("2015-02-05.yaml", Meetings.MinimalProtocol("2015-02-05", items: 3, firstParagraph: 10));
        var organ = c.AssertDiagnostics().Organs.Single();
        CollectionAssert.AreEqual(new[] { "2015-02-05", "2015-04-16" }, organ.Meetings.Select(m => m.Key).ToArray());
        Assert.AreEqual("13–14", Range(organ, "2015-04-16"));
    }

    [TestMethod]
    public void Example_2014_11_28_Gets578To586()
    {
        var set = ContentLoader.Load(RepoPaths.Content);
        Assert.IsFalse(set.Diagnostics.HasErrors, string.Join("\n", set.Diagnostics.Items));
        var organ = set.Organs.Single();
        var meeting = organ.FindMeeting("2014-11-28")!;
        var range = organ.Paragraphs[meeting];
        Assert.AreEqual(578, range.First);
        Assert.AreEqual(586, range.Last);
        Assert.AreEqual("578–586", range.ToString());
        Assert.AreEqual(9, meeting.Items.Count);
        Assert.IsFalse(organ.Paragraphs.ContainsKey(organ.FindMeeting("2015-03-05")!), "the kallelse 2015-03-05 has no § numbers");
    }

    [TestMethod]
    public void ParagraphRange_Text()
    {
        Assert.AreEqual("578–586", new ParagraphRange(578, 9).ToString());
        Assert.AreEqual("578", new ParagraphRange(578, 1).ToString());
    }
}
