using EmulationDocs.Core.Access;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Awards;

/// <summary>A line of the register as the list, the API and the export show it.</summary>
public sealed record AwardListItem(
    long Id, AwardeeKind Kind, string Name, string? Position, string UnitName, string UnitId, string Title, int Year,
    string DecisionNumber, DateOnly DecisionDate, string IssuingAuthority, long? Amount, Guid? InstanceId);

/// <summary>
/// The register's filters, applied by the database; empty values filter nothing. <see cref="Unit"/> takes the unit and every
/// unit below it; <see cref="Term"/> is searched in the awardee's name and unit, case and diacritics ignored.
/// </summary>
public sealed record AwardCriteria(string? Term = null, int? Year = null, string? Title = null, string? Unit = null, AwardeeKind? Kind = null);

/// <summary>What the filters can offer: the years and titles among the awards the user may see.</summary>
public sealed record AwardFacets(IReadOnlyList<int> Years, IReadOnlyList<string> Titles);

/// <summary>
/// "Sổ khen thưởng": the awards a user may see (<see cref="AwardRegisterAccess"/>), filtered, ordered (newest decision
/// first, then id, so pages never overlap) and paged in the database.
/// </summary>
public sealed class AwardRegister(DatabaseFactory database, TimeProvider clock)
{
    /// <summary>The most lines one export writes; a larger register is exported filtered.</summary>
    public const int MaxExportRows = 50_000;

    public async Task<Page<AwardListItem>> PageAsync(string userId, AwardCriteria criteria, PageRequest page, CancellationToken ct = default)
    {
        await using var context = database.Create();
        var query = await FilteredAsync(context, userId, criteria, ct);
        var total = await query.CountAsync(ct);
        var items = await Ordered(query).Skip(page.Skip).Take(page.Size).Select(Item).ToListAsync(ct);
        return new Page<AwardListItem>(items, total, page.Page, page.Size);
    }

    /// <summary>Every line the filters select, in the list's order, up to <see cref="MaxExportRows"/>.</summary>
    public async Task<IReadOnlyList<AwardListItem>> AllAsync(string userId, AwardCriteria criteria, CancellationToken ct = default)
    {
        await using var context = database.Create();
        return await Ordered(await FilteredAsync(context, userId, criteria, ct)).Take(MaxExportRows).Select(Item).ToListAsync(ct);
    }

    public async Task<AwardFacets> FacetsAsync(string userId, CancellationToken ct = default)
    {
        await using var context = database.Create();
        var visible = AwardRegisterAccess.VisibleAwards(context, await VisibleUnitsAsync(context, userId, ct));
        var combinations = await visible.Select(a => new { a.Year, a.Title }).Distinct().ToListAsync(ct);
        return new AwardFacets([.. combinations.Select(c => c.Year).Distinct().OrderDescending()],
            [.. combinations.Select(c => c.Title).Distinct().Order(StringComparer.Ordinal)]);
    }

    private static readonly System.Linq.Expressions.Expression<Func<AwardRecord, AwardListItem>> Item = a =>
        new AwardListItem(a.Id, a.Kind, a.Name, a.Position, a.UnitName, a.UnitId, a.Title, a.Year, a.DecisionNumber, a.DecisionDate,
            a.IssuingAuthority, a.Amount, a.InstanceId);

    private static IQueryable<AwardRecord> Ordered(IQueryable<AwardRecord> query) =>
        query.OrderByDescending(a => a.DecisionDate).ThenByDescending(a => a.Id);

    private async Task<IReadOnlySet<string>> VisibleUnitsAsync(EmulationDocsDbContext context, string userId, CancellationToken ct) =>
        await AwardRegisterAccess.VisibleUnitsAsync(context, await AccessSubject.LoadAsync(context, userId, clock.GetUtcNow().UtcDateTime, ct), ct);

    private async Task<IQueryable<AwardRecord>> FilteredAsync(EmulationDocsDbContext context, string userId, AwardCriteria criteria, CancellationToken ct)
    {
        var query = AwardRegisterAccess.VisibleAwards(context, await VisibleUnitsAsync(context, userId, ct));
        if (criteria.Unit is { Length: > 0 } unit)
        {
            var subtree = (await new UnitDirectory(context).SubtreesAsync([unit], ct)).ToList();
            query = query.Where(a => subtree.Contains(a.UnitId));
        }
        if (criteria.Year is { } year) query = query.Where(a => a.Year == year);
        if (criteria.Title is { Length: > 0 } title) query = query.Where(a => a.Title == title);
        if (criteria.Kind is { } kind) query = query.Where(a => a.Kind == kind);
        if (criteria.Term is { } term && SearchFolding.Fold(term) is { Length: > 0 } folded)
        {
            var pattern = SearchPattern.Containing(folded);
            query = query.Where(a => EF.Functions.Like(a.SearchText, pattern, SearchPattern.Escape));
        }
        return query;
    }
}
