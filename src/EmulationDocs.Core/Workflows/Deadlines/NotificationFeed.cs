using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>
/// The notifications a user should see: those addressed to them, and those addressed to a role at a unit they hold now,
/// directly or by a delegation valid now (the deputy acting for the chairman sees the chairman's reminders). Recent ones only:
/// a reminder about a task long closed is noise.
/// </summary>
public sealed class NotificationFeed(DatabaseFactory database, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<Notification>> ForUserAsync(string userId, int limit = 20, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.Create();
        var held = await new UnitDirectory(context).RolesOfAsync(userId, now, ct);
        var units = held.Select(r => r.UnitId).Distinct().ToList();
        var since = now - Window;
        // Narrowed in SQL by unit, then matched on the exact (role, unit) pairs here: both databases lack a portable tuple IN.
        var candidates = await context.Notifications.AsNoTracking()
            .Where(n => n.CreatedAt >= since && (n.UserId == userId || (n.UserId == null && n.UnitId != null && units.Contains(n.UnitId))))
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .ToListAsync(ct);
        return candidates.Where(n => n.UserId == userId || held.Any(r => r.Role == n.Role && r.UnitId == n.UnitId)).Take(limit).ToList();
    }
}
