using EmulationDocs.Core.Access;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Web.Features.Account;

namespace EmulationDocs.Web.Features.Admin;

/// <summary>
/// What the signed-in user may administer. The <see cref="Roles.Administrator"/> role at a unit covers that unit and
/// every unit below it (units, users and roles, delegations, address book); templates and workflow definitions serve the
/// whole organisation, so only an administrator of a top-level unit manages them. Roles live in the database, not in the
/// cookie, so this is asked per request rather than expressed as a claims policy.
/// </summary>
public sealed class AdminAccess(UserScope user, DatabaseFactory database)
{
    private IReadOnlySet<string>? _units;

    public async Task<bool> IsAdministratorAsync(CancellationToken ct = default) => (await AdministeredUnitIdsAsync(ct)).Count > 0;

    /// <summary>Units the user administers: those where they hold the administrator role and all units below them.</summary>
    public async Task<IReadOnlySet<string>> AdministeredUnitIdsAsync(CancellationToken ct = default)
    {
        if (_units is not null) return _units;
        await using var context = database.Create();
        return _units = await DocumentAccess.AdministeredUnitsAsync(context, await user.SubjectAsync(ct), ct);
    }

    public async Task<bool> AdministersAsync(string unitId, CancellationToken ct = default) =>
        (await AdministeredUnitIdsAsync(ct)).Contains(unitId);

    /// <summary>Templates and workflow definitions: an administrator at a unit without a parent.</summary>
    public async Task<bool> ManagesOrganisationWideAsync(CancellationToken ct = default)
    {
        var roots = (await user.RolesAsync(ct)).Where(r => r.Role == Roles.Administrator).Select(r => r.UnitId).ToList();
        if (roots.Count == 0) return false;
        await using var context = database.Create();
        foreach (var id in roots)
            if ((await new UnitDirectory(context).GetAsync(id, ct)).ParentId is null) return true;
        return false;
    }
}
