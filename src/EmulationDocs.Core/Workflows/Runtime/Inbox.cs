using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>An open task as a user's inbox shows it.</summary>
public sealed record InboxItem(
    Guid TaskId, long TaskRevision, Guid InstanceId, string Title, string DefinitionId, string StepId, string StepKind,
    string? Role, string? UnitId, DateTime CreatedAt, DateTime? DueAt, bool Overdue, string? ClaimedBy = null);

/// <summary>
/// "Việc cần xử lý": the open tasks a user may act on, across every role they hold or were
/// delegated, at every unit. One indexed query: (state, unit, role) for group tasks, (state, user)
/// for personal ones.
/// </summary>
public sealed class Inbox(DatabaseFactory database, TimeProvider clock)
{
    public async Task<IReadOnlyList<InboxItem>> ForUserAsync(string userId, int limit = 200, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.Create();
        var roles = await new Assignments(context).RolesOfAsync(userId, now, ct);
        var query =
            from task in AssignableTasks(context, userId, roles)
            join instance in context.Instances on task.InstanceId equals instance.Id
            orderby task.DueAt == null, task.DueAt, task.CreatedAt
            select new InboxItem(task.Id, task.Revision, instance.Id, instance.Title, instance.DefinitionId, task.StepId, task.StepKind,
                task.Role, task.UnitId, task.CreatedAt, task.DueAt, task.DueAt != null && task.DueAt < now, task.ClaimedBy);
        return await query.AsNoTracking().Take(limit).ToListAsync(ct);
    }

    /// <summary>
    /// Open tasks for the user personally, plus one part per role (its units): a UNION ALL of parts
    /// that each use an index, where one OR across them would scan every open task.
    /// </summary>
    private static IQueryable<WorkflowTask> AssignableTasks(EmulationDocsDbContext context, string userId, IEnumerable<(string Role, string UnitId)> roles)
    {
        var open = context.Tasks.Where(t => t.State == TaskState.Open);
        var tasks = open.Where(t => t.UserId == userId);
        foreach (var group in roles.GroupBy(r => r.Role))
        {
            var role = group.Key;
            var units = group.Select(r => r.UnitId).Distinct().ToList();
            tasks = tasks.Concat(open.Where(t => t.UserId == null && t.Role == role && units.Contains(t.UnitId!)));
        }
        return tasks;
    }
}
