using BoardDocs.Engine.Dates;

namespace BoardDocs.Tests.Dates;

[TestClass]
public sealed class LegalDatesTests
{
    // Each expected date was checked by hand against a calendar (date -d): anslag + 21 days,
    // then forward past every Saturday, Sunday, public holiday and holiday eve.
    [TestMethod]
    [DataRow("2014-12-04", "2014-12-29")] // 25 juldagen, 26 annandag, 27 Sat, 28 Sun
    [DataRow("2025-03-05", "2025-03-26")] // Wednesday, no roll
    [DataRow("2025-03-08", "2025-03-31")] // lands on Saturday
    [DataRow("2025-03-09", "2025-03-31")] // lands on Sunday
    [DataRow("2019-12-03", "2019-12-27")] // julafton Tue, 25, 26 → Friday 27 Dec
    [DataRow("2025-12-03", "2025-12-29")] // julafton Wed, 25, 26, 27 Sat, 28 Sun
    [DataRow("2025-12-10", "2026-01-02")] // nyårsafton, nyårsdagen → across the year
    [DataRow("2014-12-11", "2015-01-02")] // nyårsdagen on a Thursday
    [DataRow("2024-12-20", "2025-01-10")] // across the year, no roll
    [DataRow("2025-12-16", "2026-01-07")] // trettondedag jul on a Tuesday
    [DataRow("2025-05-30", "2025-06-23")] // midsommarafton 20 June, midsommardagen, Sunday
    [DataRow("2026-05-29", "2026-06-22")] // midsommarafton on 19 June
    [DataRow("2025-03-28", "2025-04-22")] // långfredagen, påskafton, påskdagen, annandag påsk
    [DataRow("2025-03-31", "2025-04-22")] // annandag påsk
    [DataRow("2024-03-08", "2024-04-02")] // långfredagen 29 March 2024 … annandag 1 April
    [DataRow("2025-04-10", "2025-05-02")] // första maj on a Thursday
    [DataRow("2025-05-08", "2025-05-30")] // Kristi himmelsfärdsdag, Thursday 29 May
    [DataRow("2024-05-16", "2024-06-07")] // nationaldagen on a Thursday
    [DataRow("2025-05-16", "2025-06-09")] // nationaldagen on a Friday, then weekend
    [DataRow("2025-10-11", "2025-11-03")] // alla helgons dag Saturday 1 November
    public void LastAppealDay_IsThreeWeeksLaterOnAWorkingDay(string anslag, string expected)
    {
        DateOnly last = LegalDates.LastAppealDay(DateOnly.Parse(anslag));

        Assert.AreEqual(DateOnly.Parse(expected), last);
        Assert.IsFalse(SwedishHolidays.IsNonWorkingDay(last));
    }

    [TestMethod]
    public void TakeDownAfter_IsTheLastAppealDay()
    {
        var anslag = new DateOnly(2014, 12, 4);

        Assert.AreEqual(new DateOnly(2014, 12, 29), LegalDates.TakeDownAfter(anslag));
    }

    [TestMethod]
    public void AnslagDate_DefaultsToTheJusteringDate()
    {
        var justerad = new DateOnly(2025, 3, 5);

        Assert.AreEqual(justerad, LegalDates.AnslagDate(justerad, null));
        Assert.AreEqual(new DateOnly(2025, 3, 6), LegalDates.AnslagDate(justerad, new DateOnly(2025, 3, 6)));
    }

    [TestMethod]
    public void Compute_WithoutAnslag_CountsFromJustering()
    {
        AnslagDates dates = LegalDates.Compute(new DateOnly(2014, 12, 4));

        Assert.AreEqual(
            new AnslagDates(new DateOnly(2014, 12, 4), new DateOnly(2014, 12, 29), new DateOnly(2014, 12, 29)),
            dates);
    }

    [TestMethod]
    public void Compute_WithExplicitAnslag_CountsFromAnslag()
    {
        // Justerad Thursday, anslag the Friday after: 2025-12-05 + 21 = 2025-12-26 annandag jul,
        // 27 Sat, 28 Sun → Monday 29.
        AnslagDates dates = LegalDates.Compute(new DateOnly(2025, 12, 4), new DateOnly(2025, 12, 5));

        Assert.AreEqual(new DateOnly(2025, 12, 5), dates.Anslag);
        Assert.AreEqual(new DateOnly(2025, 12, 29), dates.LastAppealDay);
        Assert.AreEqual(new DateOnly(2025, 12, 29), dates.TakeDownAfter);
    }

    [TestMethod]
    [DataRow("2025-03-05", "2025-03-05", false)] // same day
    [DataRow("2025-03-05", "2025-03-07", false)] // second day after: still in time
    [DataRow("2025-03-05", "2025-03-08", true)]  // third day after
    [DataRow("2025-12-30", "2026-01-01", false)] // across the year, second day
    [DataRow("2025-12-30", "2026-01-02", true)]
    public void IsAnslagLate_AfterTheSecondDay(string justerad, string anslag, bool late)
    {
        Assert.AreEqual(late, LegalDates.IsAnslagLate(DateOnly.Parse(justerad), DateOnly.Parse(anslag)));
    }

    [TestMethod]
    [DataRow("2025-03-05", "2025-03-05", false)]
    [DataRow("2025-03-05", "2025-03-19", false)] // day 14
    [DataRow("2025-03-05", "2025-03-20", true)]  // day 15
    [DataRow("2025-12-20", "2026-01-03", false)] // day 14 across the year
    [DataRow("2025-12-20", "2026-01-04", true)]
    public void IsJusteringLate_AfterFourteenDays(string meeting, string justerad, bool late)
    {
        Assert.AreEqual(late, LegalDates.IsJusteringLate(DateOnly.Parse(meeting), DateOnly.Parse(justerad)));
    }

    [TestMethod]
    [DataRow("2025-03-05", "2025-03-05")]
    [DataRow("2025-12-24", "2025-12-29")]
    [DataRow("2025-04-18", "2025-04-22")]
    public void NextWorkingDayFrom_KeepsWorkingDaysAndSkipsTheRest(string date, string expected)
    {
        Assert.AreEqual(DateOnly.Parse(expected), LegalDates.NextWorkingDayFrom(DateOnly.Parse(date)));
    }
}
