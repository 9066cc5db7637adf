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
        var rows =
            from task in DocumentAccess.InboxTasks(context, subject)
            join instance in context.Instances on task.InstanceId equals instance.Id
            select new { task, instance };
        if (criteria.Kind is { Length: > 0 } kind) rows = rows.Where(r => r.instance.DefinitionId == kind);
        if (criteria.Unit is { Length: > 0 } unit) rows = rows.Where(r => r.task.UnitId == unit);
        if (criteria.OverdueOnly) rows = rows.Where(r => r.task.DueAt != null && r.task.DueAt < now);
        if (criteria.Term is { } term && SearchFolding.Fold(term) is { Length: > 0 } folded)
        {
            var steps = (criteria.StepKeysNamed ?? []).ToList();
            var units = (criteria.UnitsNamed ?? []).ToList();
            rows = rows.Where(r => r.instance.SearchText!.Contains(folded) || steps.Contains(r.instance.DefinitionId + "/" + r.task.StepId)
                || (r.task.UnitId != null && units.Contains(r.task.UnitId)));
        }
        var total = await rows.CountAsync(ct);
        var items = await rows
            .OrderBy(r => r.task.DueAt == null).ThenBy(r => r.task.DueAt).ThenBy(r => r.task.CreatedAt).ThenBy(r => r.task.Id)
            .Skip(page.Skip).Take(page.Size)
            .Select(r => new InboxItem(r.task.Id, r.task.Revision, r.instance.Id, r.instance.Title, r.instance.DefinitionId, r.task.StepId, r.task.StepKind,
                r.task.Role, r.task.UnitId, r.task.CreatedAt, r.task.DueAt, r.task.DueAt != null && r.task.DueAt < now, r.task.ClaimedBy))
            .ToListAsync(ct);
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
