using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Organisation;

/// <summary>
/// Questions the workflow engine asks of the organisation tree: where a unit sits, which unit a
/// step's selector points to, who holds a role. Knows no level names: they are data
/// (<see cref="OrgLevel"/>), so the same code serves the four-level and the three-level tree.
/// </summary>
public sealed class UnitDirectory(EmulationDocsDbContext db)
{
    public const string Self = "self";
    public const string Parent = "parent";
    public const string LevelPrefix = "level:";

    /// <exception cref="OrganisationException">No unit has this id.</exception>
    public async Task<OrgUnit> GetAsync(string unitId, CancellationToken cancellationToken = default) =>
        await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, cancellationToken)
        ?? throw new OrganisationException([$"There is no unit '{unitId}'."], $"Không tìm thấy đơn vị có mã '{unitId}'.");

    /// <summary>The unit directly above, or null for a root.</summary>
    public async Task<OrgUnit?> ParentAsync(string unitId, CancellationToken cancellationToken = default)
    {
        var unit = await GetAsync(unitId, cancellationToken);
        return unit.ParentId is null ? null : await GetAsync(unit.ParentId, cancellationToken);
    }

    /// <summary>The nearest unit at <paramref name="level"/> going up from the unit, the unit itself included; null if none.</summary>
    public async Task<OrgUnit?> AncestorOrSelfAtLevelAsync(string unitId, string level, CancellationToken cancellationToken = default)
    {
        OrgUnit? unit = await GetAsync(unitId, cancellationToken);
        while (unit is not null && unit.Level != level)
        {
            unit = unit.ParentId is null ? null : await GetAsync(unit.ParentId, cancellationToken);
        }

        return unit;
    }

    /// <summary>
    /// The unit a definition's selector points to from <paramref name="unitId"/>: <c>self</c>,
    /// <c>parent</c>, or <c>level:&lt;name&gt;</c> (see <see cref="AncestorOrSelfAtLevelAsync"/>).
    /// </summary>
    /// <exception cref="OrganisationException">The selector is unknown, names an unknown level, or points to no unit.</exception>
    public async Task<OrgUnit> ResolveAsync(string unitId, string selector, CancellationToken cancellationToken = default)
    {
        if (selector == Self)
        {
            return await GetAsync(unitId, cancellationToken);
        }

        if (selector == Parent)
        {
            return await ParentAsync(unitId, cancellationToken)
                ?? throw new OrganisationException([$"Unit '{unitId}' has no parent (selector 'parent')."], $"Đơn vị '{unitId}' không có đơn vị cấp trên.");
        }

        if (selector.StartsWith(LevelPrefix, StringComparison.Ordinal))
        {
            var level = selector[LevelPrefix.Length..];
            await LevelRankAsync(level, cancellationToken);
            return await AncestorOrSelfAtLevelAsync(unitId, level, cancellationToken)
                ?? throw new OrganisationException(
                    [$"Unit '{unitId}' has no unit at level '{level}' above it or at it (selector '{selector}')."],
                    $"Không tìm thấy đơn vị cấp '{level}' của đơn vị '{unitId}'.");
        }

        throw new OrganisationException(
            [$"Unknown unit selector '{selector}'; use '{Self}', '{Parent}' or '{LevelPrefix}<name>'."],
            $"Cách chọn đơn vị '{selector}' không hợp lệ.");
    }

    /// <summary>Users holding <paramref name="role"/> at the unit directly (not through delegation), by id.</summary>
    public async Task<IReadOnlyList<User>> HoldersAsync(string unitId, string role, CancellationToken cancellationToken = default) =>
        await db.RoleAssignments.AsNoTracking()
            .Where(r => r.UnitId == unitId && r.Role == role)
            .Join(db.Users.AsNoTracking(), r => r.UserId, u => u.Id, (_, u) => u)
            .OrderBy(u => u.Id)
            .ToListAsync(cancellationToken);

    /// <summary>The roles the user holds directly.</summary>
    public async Task<IReadOnlyList<HeldRole>> RolesOfAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.RoleAssignments.AsNoTracking()
            .Where(r => r.UserId == userId)
            .OrderBy(r => r.UnitId).ThenBy(r => r.Role)
            .Select(r => new HeldRole(r.Role, r.UnitId, r.Title, null, null))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The roles the user holds directly, then those delegated to them that are valid at
    /// <paramref name="atUtc"/> (from inclusive, to exclusive), with the holder's title.
    /// </summary>
    public async Task<IReadOnlyList<HeldRole>> RolesOfAsync(string userId, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        var at = Delegation.AsUtc(atUtc);
        var delegated = await db.Delegations.AsNoTracking()
            .Where(d => d.DelegateId == userId && d.ValidFrom <= at && at < d.ValidTo)
            .OrderBy(d => d.UnitId).ThenBy(d => d.Role)
            .Select(d => new
            {
                d.Role,
                d.UnitId,
                d.FromUserId,
                d.Prefix,
                Title = db.RoleAssignments.Where(r => r.UserId == d.FromUserId && r.UnitId == d.UnitId && r.Role == d.Role).Select(r => r.Title).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var direct = await RolesOfAsync(userId, cancellationToken);
        return [.. direct, .. delegated.Select(d => new HeldRole(d.Role, d.UnitId, d.Title ?? "", d.FromUserId, d.Prefix))];
    }

    /// <summary>The given units and every unit below them, by id; unknown ids are ignored.</summary>
    public async Task<IReadOnlySet<string>> SubtreesAsync(IEnumerable<string> rootIds, CancellationToken cancellationToken = default)
    {
        // The tree is small (hundreds of units), so one read and a walk beat a recursive query both databases must support.
        var children = (await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync(cancellationToken))
            .Where(u => u.ParentId is not null).ToLookup(u => u.ParentId!, u => u.Id);
        var known = await db.Units.AsNoTracking().Select(u => u.Id).ToListAsync(cancellationToken);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(rootIds.Where(known.Contains));
        while (pending.TryPop(out var id))
        {
            if (!result.Add(id)) continue;
            foreach (var child in children[id]) pending.Push(child);
        }
        return result;
    }

    /// <summary>The levels, top first.</summary>
    public async Task<IReadOnlyList<OrgLevel>> LevelsAsync(CancellationToken cancellationToken = default) =>
        await db.Levels.AsNoTracking().OrderBy(l => l.Rank).ToListAsync(cancellationToken);

    /// <summary>0 for the top level, larger further down.</summary>
    /// <exception cref="OrganisationException">No such level.</exception>
    public async Task<int> LevelRankAsync(string level, CancellationToken cancellationToken = default) =>
        await db.Levels.AsNoTracking().Where(l => l.Name == level).Select(l => (int?)l.Rank).SingleOrDefaultAsync(cancellationToken)
        ?? throw new OrganisationException([$"There is no level '{level}'."], $"Không có cấp '{level}' trong cơ cấu tổ chức.");
}
