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
        var subject = await SubjectAsync(context, userId, ct);
        var (byUnit, byTaskOnly) = DocumentAccess.VisibleInstanceParts(context, subject);
        var total = await Filtered(byUnit, criteria).CountAsync(ct) + await Filtered(byTaskOnly, criteria).CountAsync(ct);
        // The page walks the newest-first index and stops after it: the single query, one index lookup per document.
        var items = await Filtered(DocumentAccess.VisibleInstances(context, subject), criteria).OrderByDescending(i => i.UpdatedAt).ThenByDescending(i => i.Id).Skip(page.Skip).Take(page.Size)
            .Select(i => new InstanceListItem(i.Id, i.Title, i.DefinitionId, i.DefinitionVersion, i.Status, i.StepId, i.UnitId, i.UpdatedAt))
            .ToListAsync(ct);
        return new Page<InstanceListItem>(items, total, page.Page, page.Size);
    }

    public async Task<InstanceFacets> FacetsAsync(string userId, CancellationToken ct = default)
    {
        await using var context = database.Create();
        var (byUnit, byTaskOnly) = DocumentAccess.VisibleInstanceParts(context, await SubjectAsync(context, userId, ct));
        // One pass per part over the kind, unit and year combinations (a few hundred), not three passes over the documents.
        var combinations = new List<(string Kind, string Unit, int Year)>();
        foreach (var part in new[] { byUnit, byTaskOnly })
            combinations.AddRange((await part.Select(i => new { i.DefinitionId, i.UnitId, Year = i.CreatedAt.AddHours(VietnamTime.Offset.TotalHours).Year })
                .Distinct().ToListAsync(ct)).Select(c => (c.DefinitionId, c.UnitId, c.Year)));
        return new InstanceFacets(
            [.. combinations.Select(c => c.Kind).Distinct()], [.. combinations.Select(c => c.Unit).Distinct()],
            [.. combinations.Select(c => c.Year).Distinct().OrderDescending()]);
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
        if (criteria.Term is { } term && SearchFolding.Fold(term) is { Length: > 0 } folded)
        {
            var pattern = SearchPattern.Containing(folded);
            query = query.Where(i => EF.Functions.Like(i.SearchText!, pattern, SearchPattern.Escape));
        }
        return query;
    }
}
