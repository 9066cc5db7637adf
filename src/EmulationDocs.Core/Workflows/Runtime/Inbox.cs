using EmulationDocs.Core.Access;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>An open task as a user's inbox shows it.</summary>
public sealed record InboxItem(
    Guid TaskId, long TaskRevision, Guid InstanceId, string Title, string DefinitionId, string StepId, string StepKind,
    string? Role, string? UnitId, DateTime CreatedAt, DateTime? DueAt, bool Overdue, string? ClaimedBy = null);

/// <summary>
/// The inbox's filters, applied by the database; empty values filter nothing. A search term matches the document's title
/// and summaries, or the name of the task's step or unit: the caller resolves names (definitions and units are few) to
/// <see cref="StepKeysNamed"/> ("definition/step") and <see cref="UnitsNamed"/>.
/// </summary>
public sealed record InboxCriteria(
    string? Kind = null, string? Unit = null, bool OverdueOnly = false, string? Term = null,
    IReadOnlyCollection<string>? StepKeysNamed = null, IReadOnlyCollection<string>? UnitsNamed = null);

/// <summary>The definitions and units among all of a user's open tasks, for the filters to offer.</summary>
public sealed record InboxFacets(IReadOnlyList<string> DefinitionIds, IReadOnlyList<string> UnitIds);

/// <summary>
/// "Việc cần xử lý": the open tasks a user may act on (<see cref="DocumentAccess.InboxTasks"/>), across every role they hold
/// or were delegated, at every unit, filtered, ordered and paged in the database: due first, then oldest.
/// </summary>
public sealed class Inbox(DatabaseFactory database, TimeProvider clock)
{
    public async Task<IReadOnlyList<InboxItem>> ForUserAsync(string userId, int limit = 200, CancellationToken ct = default) =>
        (await PageAsync(userId, new InboxCriteria(), PageRequest.Of(1, limit, limit), ct)).Items;

    public async Task<Page<InboxItem>> PageAsync(string userId, InboxCriteria criteria, PageRequest page, CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = database.Create();
        var subject = await AccessSubject.LoadAsync(context, userId, now, ct);
        var tasks = DocumentAccess.InboxTasks(context, subject);
        if (criteria.Unit is { Length: > 0 } unit) tasks = tasks.Where(t => t.UnitId == unit);
        if (criteria.OverdueOnly) tasks = tasks.Where(t => t.DueAt != null && t.DueAt < now);
        if (criteria.Kind is { Length: > 0 } kind)
            tasks = tasks.Where(t => context.Instances.Any(i => i.Id == t.InstanceId && i.DefinitionId == kind));
        if (criteria.Term is { } term && SearchFolding.Fold(term) is { Length: > 0 } folded)
        {
            var steps = (criteria.StepKeysNamed ?? []).ToList();
            var units = (criteria.UnitsNamed ?? []).ToList();
            var pattern = SearchPattern.Containing(folded);
            tasks = tasks.Where(t => (t.UnitId != null && units.Contains(t.UnitId)) || context.Instances.Any(i => i.Id == t.InstanceId
                && (EF.Functions.Like(i.SearchText!, pattern, SearchPattern.Escape) || steps.Contains(i.DefinitionId + "/" + t.StepId))));
        }
        var total = await tasks.CountAsync(ct);
        // The page is chosen on the tasks alone (a narrow sort), then only its rows are joined to their documents.
        var ids = await tasks
            .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.CreatedAt).ThenBy(t => t.Id)
            .Skip(page.Skip).Take(page.Size).Select(t => t.Id).ToListAsync(ct);
        var rows = await (
                from task in context.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id))
                join instance in context.Instances on task.InstanceId equals instance.Id
                select new InboxItem(task.Id, task.Revision, instance.Id, instance.Title, instance.DefinitionId, task.StepId, task.StepKind,
                    task.Role, task.UnitId, task.CreatedAt, task.DueAt, task.DueAt != null && task.DueAt < now, task.ClaimedBy))
            .ToListAsync(ct);
        var position = ids.Select((id, index) => (id, index)).ToDictionary(p => p.id, p => p.index);
        var items = rows.OrderBy(r => position[r.TaskId]).ToList();
        return new Page<InboxItem>(items, total, page.Page, page.Size);
    }

    public async Task<InboxFacets> FacetsAsync(string userId, CancellationToken ct = default)
    {
        await using var context = database.Create();
        var subject = await AccessSubject.LoadAsync(context, userId, clock.GetUtcNow().UtcDateTime, ct);
        var tasks = DocumentAccess.InboxTasks(context, subject);
        var kinds = await (from task in tasks join instance in context.Instances on task.InstanceId equals instance.Id select instance.DefinitionId)
            .Distinct().ToListAsync(ct);
        var units = await tasks.Where(t => t.UnitId != null).Select(t => t.UnitId!).Distinct().ToListAsync(ct);
        return new InboxFacets(kinds, units);
    }
}
