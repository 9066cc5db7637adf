using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Access;

/// <summary>
/// The access rules, written once and asked by the engine, the inbox, the pages and the API:
/// <list type="bullet">
/// <item>A document is visible to a user who holds a role (own or delegated) at the unit where it is or where it started, or
/// who has or had a task on it (personally, by completing one, or for a role at a unit of theirs): a council member of
/// another level, a level the proposal passed through. Anything else is "not found", so ids reveal nothing.</item>
/// <item>A task is the user's to act on when it is open and personal to them, or for a role they hold at its unit and not
/// taken by a colleague. Only the initiator withdraws a document.</item>
/// <item>A unit is administered by whoever holds the administrator role at it or at a unit above it.</item>
/// </list>
/// </summary>
public static class DocumentAccess
{
    /// <summary>The documents the subject may see, as a query the database filters (lists, counts, facets).</summary>
    public static IQueryable<WorkflowInstance> VisibleInstances(EmulationDocsDbContext context, AccessSubject subject)
    {
        var units = subject.UnitIds.ToList();
        var userId = subject.UserId;
        return context.Instances.AsNoTracking().Where(i => units.Contains(i.UnitId) || units.Contains(i.OriginUnitId) ||
            context.Tasks.Any(t => t.InstanceId == i.Id && (t.UserId == userId || t.CompletedBy == userId || (t.UnitId != null && units.Contains(t.UnitId)))));
    }

    /// <summary>
    /// <see cref="VisibleInstances"/> as two disjoint queries, for counts and facets: the documents at or from the subject's
    /// units (read through the unit indexes), and the others seen through a task (the task indexes list their ids). Counting
    /// the single query would test every stored document.
    /// </summary>
    public static (IQueryable<WorkflowInstance> ByUnit, IQueryable<WorkflowInstance> ByTaskOnly) VisibleInstanceParts(
        EmulationDocsDbContext context, AccessSubject subject)
    {
        var units = subject.UnitIds.ToList();
        var userId = subject.UserId;
        var throughTasks = context.Tasks.Where(t => t.UserId == userId).Select(t => t.InstanceId)
            .Union(context.Tasks.Where(t => t.CompletedBy == userId).Select(t => t.InstanceId))
            .Union(context.Tasks.Where(t => t.UnitId != null && units.Contains(t.UnitId)).Select(t => t.InstanceId));
        var instances = context.Instances.AsNoTracking();
        return (instances.Where(i => units.Contains(i.UnitId) || units.Contains(i.OriginUnitId)),
            instances.Where(i => !units.Contains(i.UnitId) && !units.Contains(i.OriginUnitId) && throughTasks.Contains(i.Id)));
    }

    /// <summary>The instance when the subject may see it; null both when it does not exist and when it is not theirs.</summary>
    public static async Task<WorkflowInstance?> VisibleInstanceAsync(EmulationDocsDbContext context, AccessSubject subject, Guid instanceId,
        CancellationToken ct = default)
    {
        var instance = await context.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null) return null;
        var units = subject.UnitIds.ToList();
        if (units.Contains(instance.UnitId) || units.Contains(instance.OriginUnitId)) return instance;
        var userId = subject.UserId;
        var involved = await context.Tasks.AnyAsync(t => t.InstanceId == instanceId &&
            (t.UserId == userId || t.CompletedBy == userId || (t.UnitId != null && units.Contains(t.UnitId))), ct);
        return involved ? instance : null;
    }

    /// <summary>
    /// The open tasks the subject's inbox lists: personal to them, plus the tasks of each role they hold at its units (taken by
    /// a colleague or not: the inbox says who has it). A UNION ALL of parts that each use an index, where one OR across them
    /// would scan every open task.
    /// </summary>
    public static IQueryable<WorkflowTask> InboxTasks(EmulationDocsDbContext context, AccessSubject subject)
    {
        var open = context.Tasks.AsNoTracking().Where(t => t.State == TaskState.Open);
        var userId = subject.UserId;
        var tasks = open.Where(t => t.UserId == userId);
        foreach (var group in subject.Roles.GroupBy(r => r.Role))
        {
            var role = group.Key;
            var units = group.Select(r => r.UnitId).Distinct().ToList();
            tasks = tasks.Concat(open.Where(t => t.UserId == null && t.Role == role && units.Contains(t.UnitId!)));
        }
        return tasks;
    }

    /// <summary>Whether the subject may act on the task, and whether they may take it or give it back.</summary>
    public static TaskAccess ForTask(WorkflowTask task, AccessSubject subject)
    {
        var holdsRole = task.State == TaskState.Open && task.UserId is null && task.Role is not null && task.UnitId is not null
            && subject.Holds(task.Role, task.UnitId);
        if (task.State != TaskState.Open) return new TaskAccess(TaskRefusal.Closed, false);
        if (task.UserId is not null) return new TaskAccess(task.UserId == subject.UserId ? TaskRefusal.None : TaskRefusal.NotAssigned, false);
        if (!holdsRole) return new TaskAccess(TaskRefusal.NotAssigned, false);
        return new TaskAccess(task.ClaimedBy is null || task.ClaimedBy == subject.UserId ? TaskRefusal.None : TaskRefusal.TakenByColleague, true);
    }

    /// <summary>Withdrawing ("Rút văn bản") ends the document for everyone, so only the one who started it may.</summary>
    public static bool MayWithdraw(WorkflowInstance instance, string userId) => instance.InitiatorId == userId;

    /// <summary>A chain starts at a unit where the subject holds its first step's role (any unit of theirs when the step names none).</summary>
    public static bool MayStart(string? startRole, string unitId, AccessSubject subject) =>
        startRole is null ? subject.UnitIds.Contains(unitId) : subject.Holds(startRole, unitId);

    /// <summary>Units the subject administers: those where they hold the administrator role and every unit below them.</summary>
    public static async Task<IReadOnlySet<string>> AdministeredUnitsAsync(EmulationDocsDbContext context, AccessSubject subject, CancellationToken ct = default)
    {
        var roots = subject.Roles.Where(r => r.Role == Roles.Administrator).Select(r => r.UnitId).ToList();
        return roots.Count == 0 ? new HashSet<string>() : await new UnitDirectory(context).SubtreesAsync(roots, ct);
    }

    /// <summary>Dispatching issued documents is the registry's job (Decree 30): the issuing unit's registry or administrator resends.</summary>
    public static bool MayResend(string issuingUnitId, AccessSubject subject, IReadOnlySet<string> administeredUnits) =>
        subject.Holds(Roles.Registry, issuingUnitId) || administeredUnits.Contains(issuingUnitId);
}
