namespace BoardDocs.Engine.Dates;

/// <summary>
/// Swedish public holidays (lag (1989:253) om allmänna helgdagar) and the days that
/// lag (1930:173) om beräkning av lagstadgad tid treats like them. Every date is derived
/// from its rule, so any Gregorian year works without a table.
/// </summary>
/// <remarks>
/// The rules are those in force today for every year: historical changes (annandag pingst
/// until 2004, nationaldagen from 2005, fixed midsommar and alla helgons dag before 1953)
/// are not modelled, since protocols are only computed for current meetings.
/// </remarks>
public static class SwedishHolidays
{
    /// <summary>
    /// True when <paramref name="date"/> is a public holiday ("allmän helgdag"). Sundays are
    /// holidays in law too, but only the named holidays count here; use
    /// <see cref="IsNonWorkingDay"/> for deadline arithmetic.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A March–June date before 1583 (see <see cref="Easter"/>).</exception>
    public static bool IsPublicHoliday(DateOnly date) => PublicHolidayName(date) is not null;

    /// <summary>
    /// True for midsommarafton, julafton and nyårsafton: not public holidays, but
    /// lag (1930:173) 2 § treats them as such when a deadline ends on them.
    /// </summary>
    public static bool IsHolidayEve(DateOnly date) => EveName(date) is not null;

    /// <summary>
    /// True when a statutory deadline ending on <paramref name="date"/> moves to the next day:
    /// Saturday, Sunday, a public holiday, midsommarafton, julafton or nyårsafton
    /// (lag (1930:173) om beräkning av lagstadgad tid, 2 §).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A March–June date before 1583 (see <see cref="Easter"/>).</exception>
    public static bool IsNonWorkingDay(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
        || IsPublicHoliday(date)
        || IsHolidayEve(date);

    /// <summary>
    /// The Swedish name of the public holiday or holiday eve on <paramref name="date"/>,
    /// e.g. "Juldagen" or "Julafton"; null for an ordinary day (also for an ordinary Sunday).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A March–June date before 1583 (see <see cref="Easter"/>).</exception>
    public static string? HolidayName(DateOnly date) => PublicHolidayName(date) ?? EveName(date);

    /// <summary>
    /// Easter Sunday of <paramref name="year"/> in the Gregorian calendar, computed with the
    /// Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Year outside 1583–9999.</exception>
    public static DateOnly Easter(int year)
    {
        // Before 1583 the Gregorian computus is meaningless, and DateOnly stops at 9999.
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);

        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    private static string? PublicHolidayName(DateOnly date)
    {
        switch (date.Month, date.Day)
        {
            case (1, 1): return "Nyårsdagen";
            case (1, 6): return "Trettondedag jul";
            case (5, 1): return "Första maj";
            case (6, 6): return "Sveriges nationaldag";
            case (12, 25): return "Juldagen";
            case (12, 26): return "Annandag jul";
        }

        if (date.DayOfWeek == DayOfWeek.Saturday)
        {
            if (date.Month == 6 && date.Day is >= 20 and <= 26) return "Midsommardagen";
            if ((date.Month == 10 && date.Day == 31) || (date.Month == 11 && date.Day <= 6))
                return "Alla helgons dag";
        }

        if (date.Month is >= 3 and <= 6)
        {
            // Easter falls 22 March–25 April, so every movable feast lies in March–June.
            int offset = date.DayNumber - Easter(date.Year).DayNumber;
            switch (offset)
            {
                case -2: return "Långfredagen";
                case 0: return "Påskdagen";
                case 1: return "Annandag påsk";
                case 39: return "Kristi himmelsfärdsdag";
                case 49: return "Pingstdagen";
            }
        }

        return null;
    }

    private static string? EveName(DateOnly date)
    {
        if (date.Month == 12 && date.Day == 24) return "Julafton";
        if (date.Month == 12 && date.Day == 31) return "Nyårsafton";
        if (date.Month == 6 && date.Day is >= 19 and <= 25 && date.DayOfWeek == DayOfWeek.Friday)
            return "Midsommarafton";
        return null;
    }
}
