namespace BoardDocs.Engine.Dates;

/// <summary>
/// Statutory dates around a justerat protocol: Kommunallagen (2017:725) 8 kap. 12 § (anslag
/// no later than the second day after justering), 13 kap. 5 § (appeal within three weeks of
/// the anslag) and lag (1930:173) om beräkning av lagstadgad tid (a deadline ending on a
/// non-working day moves to the next working day).
/// </summary>
public static class LegalDates
{
    /// <summary>Length of the appeal period: three weeks (KL 13 kap. 5 §).</summary>
    public const int AppealPeriodDays = 21;

    /// <summary>Latest anslag, counted in days after justering (KL 8 kap. 12 §).</summary>
    public const int MaxDaysFromJusteringToAnslag = 2;

    /// <summary>Latest justering, counted in days after the meeting.</summary>
    public const int MaxDaysFromMeetingToJustering = 14;

    /// <summary>
    /// The anslag date: the explicit one when given, otherwise the justering date, since a
    /// notice is normally put up the same day the protocol is justerat.
    /// </summary>
    public static DateOnly AnslagDate(DateOnly justerad, DateOnly? anslagen) => anslagen ?? justerad;

    /// <summary>
    /// Last day of the appeal period: <paramref name="anslag"/> plus three weeks, moved forward
    /// past Saturdays, Sundays, public holidays, midsommarafton, julafton and nyårsafton.
    /// </summary>
    public static DateOnly LastAppealDay(DateOnly anslag) =>
        NextWorkingDayFrom(anslag.AddDays(AppealPeriodDays));

    /// <summary>
    /// The day after which the notice may be taken down. It must hang until the appeal time
    /// has run out, so this is the same day as <see cref="LastAppealDay"/>.
    /// </summary>
    public static DateOnly TakeDownAfter(DateOnly anslag) => LastAppealDay(anslag);

    /// <summary>
    /// True when the anslag comes later than the second day after justering, which
    /// KL 8 kap. 12 § does not allow; callers show it as a warning.
    /// </summary>
    public static bool IsAnslagLate(DateOnly justerad, DateOnly anslag) =>
        anslag > justerad.AddDays(MaxDaysFromJusteringToAnslag);

    /// <summary>
    /// True when justering comes more than 14 days after the meeting; callers show it as a
    /// warning.
    /// </summary>
    public static bool IsJusteringLate(DateOnly meetingDate, DateOnly justerad) =>
        justerad > meetingDate.AddDays(MaxDaysFromMeetingToJustering);

    /// <summary>
    /// All anslag dates at once, from the justering date and an optional explicit anslag date
    /// (see <see cref="AnslagDate"/>).
    /// </summary>
    public static AnslagDates Compute(DateOnly justerad, DateOnly? anslagen = null)
    {
        DateOnly anslag = AnslagDate(justerad, anslagen);
        DateOnly lastAppealDay = LastAppealDay(anslag);
        return new AnslagDates(anslag, lastAppealDay, lastAppealDay);
    }

    /// <summary>
    /// <paramref name="date"/> itself when it is a working day, otherwise the first working
    /// day after it.
    /// </summary>
    public static DateOnly NextWorkingDayFrom(DateOnly date)
    {
        while (SwedishHolidays.IsNonWorkingDay(date))
            date = date.AddDays(1);
        return date;
    }
}
