using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Admin;

/// <summary>One unit of the administered tree with its address-book entry; <see cref="Depth"/> is 0 for the administrator's own unit.</summary>
public sealed record UnitRow(
    string Id, string? ParentId, string Level, string LevelName, int Depth, string Name, string HeaderName, string Abbreviation, string Place,
    string? Email, IReadOnlyList<string> Aliases);

/// <summary>Quản trị › Đơn vị: the administered units as a tree, creating child units, editing a unit and its address-book entry.</summary>
public sealed class UnitAdministration(AdminAccess access, UserScope currentUser, DatabaseFactory database, OrganisationAdministration administration)
{
    /// <summary>Core's commands, audited as done by the signed-in administrator.</summary>
    private OrganisationAdministration Acting => administration.ActingAs(currentUser.UserId);

    /// <summary>The administered units, each parent followed by its children (by name).</summary>
    public async Task<IReadOnlyList<UnitRow>> TreeAsync(CancellationToken ct = default)
    {
        var ids = await access.AdministeredUnitIdsAsync(ct);
        await using var context = database.Create();
        var units = await context.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        var children = units.ToLookup(u => u.ParentId ?? "");
        var rows = new List<UnitRow>();
        void Walk(OrgUnit unit, int depth)
        {
            rows.Add(Row(unit, depth));
            foreach (var child in children[unit.Id].OrderBy(c => c.Name, StringComparer.Ordinal)) Walk(child, depth + 1);
        }
        foreach (var root in units.Where(u => u.ParentId is null || !ids.Contains(u.ParentId)).OrderBy(u => u.Name, StringComparer.Ordinal)) Walk(root, 0);
        return rows;
    }

    /// <exception cref="AdminNotFoundException">Not administered by the user (or no such unit).</exception>
    public async Task<UnitRow> GetAsync(string unitId, CancellationToken ct = default)
    {
        await EnsureAdministeredAsync(unitId, ct);
        await using var context = database.Create();
        return Row(await new UnitDirectory(context).GetAsync(unitId, ct), 0);
    }

    /// <summary>Levels a child of <paramref name="parentId"/> may have: those strictly below the parent's.</summary>
    public async Task<IReadOnlyList<string>> ChildLevelsAsync(string parentId, CancellationToken ct = default)
    {
        var parent = await GetAsync(parentId, ct);
        await using var context = database.Create();
        var levels = await new UnitDirectory(context).LevelsAsync(ct);
        var parentRank = levels.FirstOrDefault(l => l.Name == parent.Level)?.Rank ?? int.MaxValue;
        return levels.Where(l => l.Rank > parentRank).Select(l => l.Name).ToList();
    }

    public async Task CreateAsync(NewUnit unit, CancellationToken ct = default)
    {
        await EnsureAdministeredAsync(unit.ParentId, ct);
        await Acting.CreateUnitAsync(unit, ct);
    }

    public async Task UpdateAsync(string unitId, UnitDetails details, CancellationToken ct = default)
    {
        await EnsureAdministeredAsync(unitId, ct);
        await Acting.UpdateUnitAsync(unitId, details, ct);
    }

    private async Task EnsureAdministeredAsync(string unitId, CancellationToken ct)
    {
        if (!await access.AdministersAsync(unitId, ct)) throw new AdminNotFoundException($"Không tìm thấy đơn vị '{unitId}' trong các đơn vị bạn quản trị.");
    }

    private static UnitRow Row(OrgUnit unit, int depth) =>
        new(unit.Id, unit.ParentId, unit.Level, AdminLabels.Level(unit.Level), depth, unit.Name, unit.HeaderName, unit.Abbreviation, unit.Place,
            unit.Email, unit.AliasList.ToList());
}
