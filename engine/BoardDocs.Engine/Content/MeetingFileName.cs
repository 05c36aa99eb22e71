using System.Globalization;
using System.Text.RegularExpressions;

namespace BoardDocs.Engine.Content;

/// <summary>Rules for meeting file names: <c>YYYY-MM-DD.yaml</c> or <c>YYYY-MM-DD-&lt;suffix&gt;.yaml</c>.</summary>
public static partial class MeetingFileName
{
    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(-(?<suffix>[a-z0-9åäö][a-z0-9åäö_-]*))?\.yaml$")]
    private static partial Regex Pattern();

    /// <summary>The date in the name, or null when the name does not follow the rule.</summary>
    public static DateOnly? DateOf(string fileName)
    {
        var m = Pattern().Match(fileName);
        if (!m.Success) return null;
        return DateOnly.TryParseExact(m.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
    }
}
