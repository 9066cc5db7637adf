using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Delivery;

/// <summary>Messages not sent yet (queued, retrying, being sent) and how long the oldest of them has waited.</summary>
public sealed record OutboxBacklog(int Pending, TimeSpan OldestPendingAge);

/// <summary>Measures the outbox backlog, for the metrics and for <c>/health</c>.</summary>
public sealed class OutboxMonitor(DatabaseFactory database, TimeProvider clock)
{
    private static readonly OutboxState[] PendingStates = [OutboxState.Queued, OutboxState.Retrying, OutboxState.Sending];

    public async Task<OutboxBacklog> MeasureAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Create();
        var pending = context.Outbox.AsNoTracking().Where(o => PendingStates.Contains(o.State));
        var count = await pending.CountAsync(cancellationToken);
        // Ordered rather than Min(): SQLite stores the dates as text, which sorts but does not aggregate.
        var oldest = await pending.OrderBy(o => o.CreatedAt).Select(o => (DateTime?)o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        var age = oldest is { } created ? clock.GetUtcNow().UtcDateTime - created : TimeSpan.Zero;
        return new OutboxBacklog(count, age < TimeSpan.Zero ? TimeSpan.Zero : age);
    }
}
