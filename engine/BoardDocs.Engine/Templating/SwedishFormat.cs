using System.Globalization;
using Humanizer;

namespace BoardDocs.Engine.Templating;

/// <summary>Swedish formatting of dates, times, amounts and numbers, as municipalities write them.</summary>
public static class SwedishFormat
{
    /// <summary>The sv-SE culture.</summary>
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>"2015-03-05".</summary>
    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"torsdag 5 mars 2015".</summary>
    public static string LongDate(DateOnly d) => d.ToString("dddd d MMMM yyyy", Culture);

    /// <summary>"09.00".</summary>
    public static string Time(TimeOnly t) => t.ToString("HH'.'mm", CultureInfo.InvariantCulture);

    /// <summary>"kl. 09.00–15.00", or "kl. 09.00" without an end time.</summary>
    public static string TimeRange(TimeOnly? start, TimeOnly? end) => start is null
        ? ""
        : end is null ? $"kl. {Time(start.Value)}" : $"kl. {Time(start.Value)}–{Time(end.Value)}";

    /// <summary>"733 333 kronor" with U+00A0 between groups and U+2212 for minus.</summary>
    public static string Amount(decimal amount)
    {
        var number = amount == decimal.Truncate(amount)
            ? amount.ToString("#,0", Culture)
            : amount.ToString("#,0.00", Culture);
        return $"{number} kronor";
    }

    /// <summary>Number in words: 9 → "nio".</summary>
    public static string Words(int n) => n.ToWords(Culture);

    /// <summary>First letter upper case: "torsdag" → "Torsdag".</summary>
    public static string Capitalize(string s) =>
        string.IsNullOrEmpty(s) ? s : char.ToUpper(s[0], Culture) + s[1..];

    /// <summary>"578–586" or "578".</summary>
    public static string ParagraphSpan(int first, int last) => new Numbering.ParagraphRange(first, last - first + 1).ToString();
}
