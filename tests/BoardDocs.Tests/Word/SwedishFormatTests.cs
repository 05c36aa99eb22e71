using BoardDocs.Engine.Templating;

namespace BoardDocs.Tests.Word;

/// <summary>Swedish dates, times, amounts and numbers as the documents print them.</summary>
[TestClass]
public sealed class SwedishFormatTests
{
    private static readonly DateOnly March5 = new(2015, 3, 5);

    [TestMethod]
    public void LongDateIsWeekdayDayMonthYearInSwedish() =>
        Assert.AreEqual("torsdag 5 mars 2015", SwedishFormat.LongDate(March5));

    [TestMethod]
    public void LongDateCapitalizedStartsASentence() =>
        Assert.AreEqual("Torsdag 5 mars 2015", SwedishFormat.Capitalize(SwedishFormat.LongDate(March5)));

    [TestMethod]
    public void DateIsIso() => Assert.AreEqual("2015-03-05", SwedishFormat.Date(March5));

    [TestMethod]
    public void TimeUsesAFullStop() => Assert.AreEqual("09.00", SwedishFormat.Time(new TimeOnly(9, 0)));

    [TestMethod]
    public void TimeRangeUsesAnEnDash()
    {
        Assert.AreEqual("kl. 09.00–15.00", SwedishFormat.TimeRange(new TimeOnly(9, 0), new TimeOnly(15, 0)));
        Assert.AreEqual("kl. 09.00", SwedishFormat.TimeRange(new TimeOnly(9, 0), null));
    }

    [TestMethod]
    public void AmountGroupsThousandsWithANoBreakSpace() =>
        Assert.AreEqual("733\u00A0333 kronor", SwedishFormat.Amount(733333));

    [TestMethod]
    public void NegativeAmountUsesTheMinusSign()
    {
        var text = SwedishFormat.Amount(-30000);
        Assert.AreEqual("\u221230\u00A0000 kronor", text, Codes(text));
    }

    [TestMethod]
    public void NumberInWords() => Assert.AreEqual("nio", SwedishFormat.Words(9));

    [TestMethod]
    public void ParagraphSpanUsesAnEnDash()
    {
        Assert.AreEqual("578–586", SwedishFormat.ParagraphSpan(578, 586));
        Assert.AreEqual("580", SwedishFormat.ParagraphSpan(580, 580));
    }

    private static string Codes(string s) => string.Join(" ", s.Select(c => $"U+{(int)c:X4}"));
}
