using System.Linq.Expressions;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>An open task as a user's inbox shows it.</summary>
public sealed record InboxItem(
    Guid TaskId, long TaskRevision, Guid InstanceId, string Title, string DefinitionId, string StepId, string StepKind,
    string? Role, string? UnitId, DateTime CreatedAt, DateTime? DueAt, bool Overdue);

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
            from task in context.Tasks.Where(Assignable(userId, roles))
            join instance in context.Instances on task.InstanceId equals instance.Id
            orderby task.DueAt == null, task.DueAt, task.CreatedAt
            select new InboxItem(task.Id, task.Revision, instance.Id, instance.Title, instance.DefinitionId, task.StepId, task.StepKind,
                task.Role, task.UnitId, task.CreatedAt, task.DueAt, task.DueAt != null && task.DueAt < now);
        return await query.AsNoTracking().Take(limit).ToListAsync(ct);
    }

    /// <summary>Open tasks for the user personally, or for one of their roles at the unit where they hold it.</summary>
    private static Expression<Func<WorkflowTask, bool>> Assignable(string userId, IEnumerable<(string Role, string UnitId)> roles)
    {
        var task = Expression.Parameter(typeof(WorkflowTask), "t");
        Expression Property(string name) => Expression.Property(task, name);
        Expression anyOf = Expression.Equal(Property(nameof(WorkflowTask.UserId)), Expression.Constant(userId, typeof(string)));
        foreach (var group in roles.GroupBy(r => r.Role))
        {
            var units = group.Select(r => r.UnitId).Distinct().ToList();
            var forRole = Expression.AndAlso(
                Expression.Equal(Property(nameof(WorkflowTask.Role)), Expression.Constant(group.Key, typeof(string))),
                Expression.Call(Expression.Constant(units), typeof(List<string>).GetMethod(nameof(List<string>.Contains))!, Property(nameof(WorkflowTask.UnitId))));
            anyOf = Expression.OrElse(anyOf, forRole);
        }
        var open = Expression.Equal(Property(nameof(WorkflowTask.State)), Expression.Constant(TaskState.Open));
        return Expression.Lambda<Func<WorkflowTask, bool>>(Expression.AndAlso(open, anyOf), task);
    }
}
