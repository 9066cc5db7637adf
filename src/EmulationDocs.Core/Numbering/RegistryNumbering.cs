using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Numbering;

/// <summary>
/// The numbers of a series: the next free one is read without a lock, and taken inside the caller's transaction by one
/// conditional UPDATE on the series row (it succeeds only if nobody took that number first), so a rolled-back transition
/// gives its number back and numbers stay unique and gapless.
/// </summary>
public static class RegistryNumbering
{
    public static async Task<int> PeekNextAsync(EmulationDocsDbContext context, string seriesKey, int year, CancellationToken cancellationToken)
    {
        var last = await context.Database.SqlQuery<int>(
            $"SELECT \"LastNumber\" AS \"Value\" FROM number_series WHERE \"SeriesKey\" = {seriesKey} AND \"Year\" = {year}").ToListAsync(cancellationToken);
        return last.SingleOrDefault() + 1;
    }

    /// <summary>Takes <paramref name="number"/> if it is still the series' next one; false when another transaction took it.</summary>
    public static async Task<bool> TryTakeAsync(EmulationDocsDbContext context, string seriesKey, int year, int number, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlAsync(
            $"INSERT INTO number_series (\"SeriesKey\", \"Year\", \"LastNumber\") VALUES ({seriesKey}, {year}, 0) ON CONFLICT DO NOTHING", cancellationToken);
        var previous = number - 1;
        var taken = await context.Database.ExecuteSqlAsync(
            $"UPDATE number_series SET \"LastNumber\" = {number} WHERE \"SeriesKey\" = {seriesKey} AND \"Year\" = {year} AND \"LastNumber\" = {previous}",
            cancellationToken);
        return taken == 1;
    }

    /// <summary>Decree 30: numbers below 10 get a leading zero.</summary>
    public static string Format(int number) => number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
