namespace EmulationDocs.Core.Calendar;

/// <summary>
/// Vietnam's wall-clock time (UTC+7, no daylight saving). The database keeps UTC; dates printed on documents, years of
/// documents and times shown to people are Vietnam's: a document issued at 20:00 UTC on 31 December belongs to the next year.
/// </summary>
public static class VietnamTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    /// <summary>The wall-clock time in Vietnam at the UTC instant <paramref name="utc"/>.</summary>
    public static DateTime FromUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Unspecified) + Offset;

    public static DateTime Now(TimeProvider clock) => FromUtc(clock.GetUtcNow().UtcDateTime);

    /// <summary>The UTC instant at which <paramref name="year"/> begins in Vietnam.</summary>
    public static DateTime StartOfYearUtc(int year) => new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - Offset;
}
