using EmulationDocs.Core.Awards;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Access;

/// <summary>
/// Who sees which lines of the awards register: a user with any role (own or delegated) at a unit sees the awards of that
/// unit and of every unit below it, and the awards its decisions granted. A province's office sees the whole province, a
/// school only its own.
/// </summary>
public static class AwardRegisterAccess
{
    /// <summary>The units whose awards the subject sees: the subtrees of their units.</summary>
    public static Task<IReadOnlySet<string>> VisibleUnitsAsync(EmulationDocsDbContext context, AccessSubject subject, CancellationToken ct = default) =>
        new UnitDirectory(context).SubtreesAsync(subject.UnitIds, ct);

    /// <summary>The register's lines the subject may see, as a query the database filters.</summary>
    public static IQueryable<AwardRecord> VisibleAwards(EmulationDocsDbContext context, IReadOnlySet<string> visibleUnits)
    {
        var units = visibleUnits.ToList();
        return context.Awards.AsNoTracking().Where(a => units.Contains(a.UnitId) || units.Contains(a.IssuingUnitId));
    }
}
