using EmulationDocs.Core.Access;
using EmulationDocs.Core.Calendar;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>A document as the documents list shows it.</summary>
public sealed record InstanceListItem(
    Guid Id, string Title, string DefinitionId, int DefinitionVersion, InstanceStatus Status, string StepId, string UnitId, DateTime UpdatedAt);

/// <summary>
/// The documents list's filters, applied by the database; empty values filter nothing. <see cref="Unit"/> matches where the
/// document is or where it started; <see cref="Year"/> is Vietnam's year of creation; <see cref="Term"/> is searched in titles
/// and summaries, case and diacritics ignored.
/// </summary>
public sealed record InstanceCriteria(string? Term = null, string? Kind = null, int? Year = null, string? Unit = null);

/// <summary>What the filters can offer: the kinds, units and years among every document the user may see.</summary>
public sealed record InstanceFacets(IReadOnlyList<string> DefinitionIds, IReadOnlyList<string> UnitIds, IReadOnlyList<int> Years);

/// <summary>
/// "Văn bản": the documents a user may see (<see cref="DocumentAccess.VisibleInstances"/>), filtered, ordered (last change,
/// then id, so pages never overlap) and paged in the database.
/// </summary>
public sealed class InstanceList(DatabaseFactory database, TimeProvider clock)
{
    public async Task<Page<InstanceListItem>> PageAsync(string userId, InstanceCriteria criteria, PageRequest page, CancellationToken ct = default)
    {
        await using var context = database.Create();
        var query = Filtered(DocumentAccess.VisibleInstances(context, await SubjectAsync(context, userId, ct)), criteria);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.Id).Skip(page.Skip).Take(page.Size)
            .Select(i => new InstanceListItem(i.Id, i.Title, i.DefinitionId, i.DefinitionVersion, i.Status, i.StepId, i.UnitId, i.UpdatedAt))
            .ToListAsync(ct);
        return new Page<InstanceListItem>(items, total, page.Page, page.Size);
    }

    public async Task<InstanceFacets> FacetsAsync(string userId, CancellationToken ct = default)
    {
        await using var context = database.Create();
        var visible = DocumentAccess.VisibleInstances(context, await SubjectAsync(context, userId, ct));
        var kinds = await visible.Select(i => i.DefinitionId).Distinct().ToListAsync(ct);
        var units = await visible.Select(i => i.UnitId).Distinct().ToListAsync(ct);
        var years = await visible.Select(i => i.CreatedAt.AddHours(VietnamTime.Offset.TotalHours).Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        return new InstanceFacets(kinds, units, years);
    }

    private Task<AccessSubject> SubjectAsync(EmulationDocsDbContext context, string userId, CancellationToken ct) =>
        AccessSubject.LoadAsync(context, userId, clock.GetUtcNow().UtcDateTime, ct);

    private static IQueryable<WorkflowInstance> Filtered(IQueryable<WorkflowInstance> query, InstanceCriteria criteria)
    {
        if (criteria.Kind is { Length: > 0 } kind) query = query.Where(i => i.DefinitionId == kind);
        if (criteria.Unit is { Length: > 0 } unit) query = query.Where(i => i.UnitId == unit || i.OriginUnitId == unit);
        if (criteria.Year is { } year)
        {
            // Years are Vietnam's (UTC+7): a document created on 31 December at 20:00 local time belongs to that year. A year
            // outside the calendar matches nothing.
            if (year is < 1 or > 9998) return query.Where(i => false);
            var from = VietnamTime.StartOfYearUtc(year);
            var to = from.AddYears(1);
            query = query.Where(i => i.CreatedAt >= from && i.CreatedAt < to);
        }
        if (criteria.Term is { } term && SearchFolding.Fold(term) is { Length: > 0 } folded) query = query.Where(i => i.SearchText!.Contains(folded));
        return query;
    }
}
