using BoardDocs.Engine.Dates;

namespace BoardDocs.Tests.Dates;

[TestClass]
public sealed class SwedishHolidaysTests
{
    // Expected dates cross-checked against published Easter tables and python dateutil.easter.
    [TestMethod]
    [DataRow(2024, "2024-03-31")]
    [DataRow(2025, "2025-04-20")]
    [DataRow(2038, "2038-04-25")] // latest possible date
    [DataRow(2019, "2019-04-21")]
    [DataRow(2000, "2000-04-23")]
    [DataRow(2285, "2285-03-22")] // earliest possible date
    [DataRow(1818, "1818-03-22")]
    [DataRow(1943, "1943-04-25")]
    [DataRow(2011, "2011-04-24")]
    [DataRow(1583, "1583-04-10")]
    [DataRow(9999, "9999-03-28")]
    public void Easter_IsTheGregorianEasterSunday(int year, string expected)
    {
        DateOnly easter = SwedishHolidays.Easter(year);

        Assert.AreEqual(DateOnly.Parse(expected), easter);
        Assert.AreEqual(DayOfWeek.Sunday, easter.DayOfWeek);
    }

    [TestMethod]
    public void Easter_BeforeTheGregorianCalendar_Throws()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => SwedishHolidays.Easter(1582));
    }

    [TestMethod]
    [DataRow("2025-01-01", "Nyårsdagen")]
    [DataRow("2025-01-06", "Trettondedag jul")]
    [DataRow("2025-04-18", "Långfredagen")]
    [DataRow("2025-04-20", "Påskdagen")]
    [DataRow("2025-04-21", "Annandag påsk")]
    [DataRow("2025-05-01", "Första maj")]
    [DataRow("2025-05-29", "Kristi himmelsfärdsdag")]
    [DataRow("2025-06-08", "Pingstdagen")]
    [DataRow("2025-06-06", "Sveriges nationaldag")]
    [DataRow("2025-06-21", "Midsommardagen")]
    [DataRow("2025-11-01", "Alla helgons dag")]
    [DataRow("2025-12-25", "Juldagen")]
    [DataRow("2025-12-26", "Annandag jul")]
    [DataRow("2024-03-29", "Långfredagen")]
    [DataRow("2024-04-01", "Annandag påsk")]
    [DataRow("2024-05-09", "Kristi himmelsfärdsdag")]
    [DataRow("2024-05-19", "Pingstdagen")]
    [DataRow("2020-06-20", "Midsommardagen")] // earliest: 20 June
    [DataRow("2021-06-26", "Midsommardagen")] // latest: 26 June
    [DataRow("2026-10-31", "Alla helgons dag")] // earliest: 31 October
    [DataRow("2021-11-06", "Alla helgons dag")] // latest: 6 November
    public void PublicHolidays_HaveTheirSwedishNames(string date, string name)
    {
        DateOnly day = DateOnly.Parse(date);

        Assert.IsTrue(SwedishHolidays.IsPublicHoliday(day));
        Assert.IsFalse(SwedishHolidays.IsHolidayEve(day));
        Assert.IsTrue(SwedishHolidays.IsNonWorkingDay(day));
        Assert.AreEqual(name, SwedishHolidays.HolidayName(day));
    }

    [TestMethod]
    [DataRow("2025-12-24", "Julafton")]
    [DataRow("2025-12-31", "Nyårsafton")]
    [DataRow("2025-06-20", "Midsommarafton")]
    [DataRow("2020-06-19", "Midsommarafton")] // earliest: 19 June
    [DataRow("2027-06-25", "Midsommarafton")] // latest: 25 June
    public void Eves_AreNonWorkingButNotPublicHolidays(string date, string name)
    {
        DateOnly day = DateOnly.Parse(date);

        Assert.IsFalse(SwedishHolidays.IsPublicHoliday(day));
        Assert.IsTrue(SwedishHolidays.IsHolidayEve(day));
        Assert.IsTrue(SwedishHolidays.IsNonWorkingDay(day));
        Assert.AreEqual(name, SwedishHolidays.HolidayName(day));
    }

    [TestMethod]
    [DataRow("2025-03-05")] // ordinary Wednesday
    [DataRow("2025-04-17")] // skärtorsdagen is a working day
    [DataRow("2025-04-22")] // tisdag after annandag påsk
    [DataRow("2025-06-09")] // annandag pingst is no longer a holiday
    [DataRow("2026-06-26")] // a Friday in June outside 19–25 is not midsommarafton
    [DataRow("2025-10-31")] // Friday before alla helgons dag
    [DataRow("2025-12-23")]
    [DataRow("2025-12-30")]
    [DataRow("2026-01-02")]
    [DataRow("2026-01-05")] // trettondagsafton is a working day
    public void OrdinaryWeekdays_AreWorkingDays(string date)
    {
        DateOnly day = DateOnly.Parse(date);

        Assert.IsFalse(SwedishHolidays.IsPublicHoliday(day));
        Assert.IsFalse(SwedishHolidays.IsNonWorkingDay(day));
        Assert.IsNull(SwedishHolidays.HolidayName(day));
    }

    [TestMethod]
    [DataRow("2025-03-08")] // Saturday
    [DataRow("2025-03-09")] // Sunday
    [DataRow("2025-04-19")] // påskafton
    [DataRow("2025-06-07")] // pingstafton
    [DataRow("2026-11-07")] // an ordinary November Saturday
    public void Weekends_AreNonWorkingButUnnamed(string date)
    {
        DateOnly day = DateOnly.Parse(date);

        Assert.IsTrue(SwedishHolidays.IsNonWorkingDay(day));
        Assert.IsFalse(SwedishHolidays.IsPublicHoliday(day));
        Assert.IsNull(SwedishHolidays.HolidayName(day));
    }

    [TestMethod]
    public void EveryYear_HasThirteenPublicHolidays_UnlessTwoCoincide()
    {
        for (int year = 1900; year <= 2200; year++)
        {
            DateOnly easter = SwedishHolidays.Easter(year);
            // Kristi himmelsfärdsdag can fall on första maj (2008) and pingstdagen on the
            // national day (easter 18 April); each coincidence leaves one holiday fewer.
            int expected = 13
                - (easter.AddDays(39) == new DateOnly(year, 5, 1) ? 1 : 0)
                - (easter.AddDays(49) == new DateOnly(year, 6, 6) ? 1 : 0);

            int count = 0;
            for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
            {
                if (SwedishHolidays.IsPublicHoliday(day)) count++;
            }

            Assert.AreEqual(expected, count, $"year {year}");
        }
    }

    [TestMethod]
    public void AscensionOnFirstOfMay_IsStillAHoliday()
    {
        // Easter 2008 was 23 March, so Kristi himmelsfärdsdag was 1 May.
        var day = new DateOnly(2008, 5, 1);

        Assert.AreEqual(new DateOnly(2008, 3, 23), SwedishHolidays.Easter(2008));
        Assert.IsTrue(SwedishHolidays.IsPublicHoliday(day));
        Assert.AreEqual("Första maj", SwedishHolidays.HolidayName(day));
    }
}
