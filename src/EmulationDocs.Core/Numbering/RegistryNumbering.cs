using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Numbering;

/// <summary>
/// Hands out the next number of a series inside the caller's transaction: one atomic
/// UPDATE … RETURNING on the series row, so concurrent issuings serialise on that row and a
/// rolled-back transition gives its number back (numbers stay unique and gapless).
/// </summary>
public static class RegistryNumbering
{
    public static async Task<int> NextAsync(EmulationDocsDbContext context, string seriesKey, int year, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlAsync(
            $"INSERT INTO number_series (\"SeriesKey\", \"Year\", \"LastNumber\") VALUES ({seriesKey}, {year}, 0) ON CONFLICT DO NOTHING", cancellationToken);
        var numbers = await context.Database.SqlQuery<int>(
            $"UPDATE number_series SET \"LastNumber\" = \"LastNumber\" + 1 WHERE \"SeriesKey\" = {seriesKey} AND \"Year\" = {year} RETURNING \"LastNumber\" AS \"Value\"")
            .ToListAsync(cancellationToken);
        return numbers.Single();
    }

    /// <summary>Decree 30: numbers below 10 get a leading zero.</summary>
    public static string Format(int number) => number.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
