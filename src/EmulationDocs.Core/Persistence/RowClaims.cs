using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Persistence;

/// <summary>
/// Leases due rows to one worker so several app instances never process the same row twice.
/// A claim is an UPDATE of the row's <c>ClaimedBy</c>/<c>ClaimedUntil</c> columns; on PostgreSQL the
/// candidate rows are picked with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent workers take
/// disjoint rows without waiting for each other; SQLite serialises writers anyway. A worker that
/// dies leaves its claims to expire; the work itself must be committed with a check that the claim
/// is still the worker's (<see cref="StillMine"/>).
/// </summary>
public static class RowClaims
{
    /// <param name="table">Table name (a constant of the caller, never user input).</param>
    /// <param name="dueCondition">SQL condition selecting rows that are due, with <c>{0}</c> standing for the current time.</param>
    /// <param name="orderBy">Column to take the oldest rows first.</param>
    public static async Task<IReadOnlyList<Guid>> ClaimAsync(
        EmulationDocsDbContext context, string table, string dueCondition, string orderBy, string worker, DateTime now, TimeSpan lease, int limit,
        CancellationToken cancellationToken)
    {
        var skipLocked = context.Database.IsNpgsql() ? " FOR UPDATE SKIP LOCKED" : "";
        var sql =
            $"UPDATE {table} SET \"ClaimedBy\" = {{1}}, \"ClaimedUntil\" = {{2}} WHERE \"Id\" IN (" +
            $"SELECT \"Id\" FROM {table} WHERE ({string.Format(dueCondition, "{0}")}) AND (\"ClaimedUntil\" IS NULL OR \"ClaimedUntil\" < {{0}}) " +
            $"ORDER BY \"{orderBy}\" LIMIT {{3}}{skipLocked}) RETURNING \"Id\" AS \"Value\"";
        return await context.Database.SqlQueryRaw<Guid>(sql, now, worker, now + lease, limit).ToListAsync(cancellationToken);
    }

    /// <summary>Whether a row's claim still belongs to <paramref name="worker"/>: check it when committing the work.</summary>
    public static bool StillMine(string? claimedBy, DateTime? claimedUntil, string worker, DateTime now) =>
        claimedBy == worker && claimedUntil >= now;
}
