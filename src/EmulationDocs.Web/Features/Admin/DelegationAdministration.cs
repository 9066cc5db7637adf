using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Admin;

public enum DelegationState
{
    Current,
    Future,
    Past,
}

/// <param name="ValidTo">Exclusive, UTC.</param>
public sealed record DelegationRow(
    long Id, string FromUserId, string FromName, string DelegateId, string DelegateName, string UnitId, string UnitName, string Role, string RoleName,
    string Prefix, DateTime ValidFrom, DateTime ValidTo, DelegationState State);

/// <summary>A role that can be delegated: held directly by a user at an administered unit.</summary>
public sealed record DelegableRole(string UserId, string FullName, string UnitId, string UnitName, string Role, string RoleName)
{
    /// <summary>The form's value for this choice: user, unit and role.</summary>
    public string Key => $"{UserId}|{UnitId}|{Role}";
}

/// <summary>Quản trị › Ủy quyền: delegations at the administered units (current, future, past), creating them and ending them early.</summary>
public sealed class DelegationAdministration(AdminAccess access, UserScope currentUser, DatabaseFactory database, OrganisationAdministration administration, TimeProvider clock)
{
    /// <summary>Core's commands, audited as done by the signed-in administrator.</summary>
    private OrganisationAdministration Acting => administration.ActingAs(currentUser.UserId);

    public async Task<IReadOnlyList<DelegationRow>> ListAsync(CancellationToken ct = default)
    {
        var units = await access.AdministeredUnitIdsAsync(ct);
        await using var context = database.Create();
        var delegations = await context.Delegations.AsNoTracking().Where(d => units.Contains(d.UnitId)).ToListAsync(ct);
        var userIds = delegations.SelectMany(d => new[] { d.FromUserId, d.DelegateId }).Distinct().ToList();
        var names = await context.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        var unitNames = await context.Units.AsNoTracking().Where(u => units.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return delegations
            .Select(d => new DelegationRow(d.Id, d.FromUserId, names.GetValueOrDefault(d.FromUserId, d.FromUserId), d.DelegateId,
                names.GetValueOrDefault(d.DelegateId, d.DelegateId), d.UnitId, unitNames.GetValueOrDefault(d.UnitId, d.UnitId), d.Role, AdminLabels.Role(d.Role),
                d.Prefix, d.ValidFrom, d.ValidTo, d.ValidTo <= now ? DelegationState.Past : d.ValidFrom > now ? DelegationState.Future : DelegationState.Current))
            .OrderBy(d => d.State).ThenByDescending(d => d.ValidFrom).ThenBy(d => d.Id)
            .ToList();
    }

    /// <summary>Roles held at administered units that a delegation may pass on (administration itself is not delegated).</summary>
    public async Task<IReadOnlyList<DelegableRole>> DelegableRolesAsync(CancellationToken ct = default)
    {
        var units = await access.AdministeredUnitIdsAsync(ct);
        await using var context = database.Create();
        return (await context.RoleAssignments.AsNoTracking().Where(r => units.Contains(r.UnitId) && r.Role != Roles.Administrator)
                .Join(context.Users.AsNoTracking(), r => r.UserId, u => u.Id, (r, u) => new { r.UserId, u.FullName, r.UnitId, r.Role })
                .Join(context.Units.AsNoTracking(), r => r.UnitId, u => u.Id, (r, u) => new DelegableRole(r.UserId, r.FullName, r.UnitId, u.Name, r.Role, r.Role))
                .ToListAsync(ct))
            .Select(r => r with { RoleName = AdminLabels.Role(r.Role) })
            .OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.FullName, StringComparer.Ordinal).ThenBy(r => r.Role, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The delegate must hold a role in the subtree too, so that an administrator never reaches users they cannot see.</summary>
    public async Task<long> CreateAsync(NewDelegation delegation, CancellationToken ct = default)
    {
        var units = await access.AdministeredUnitIdsAsync(ct);
        if (!units.Contains(delegation.UnitId)) throw new AdminNotFoundException($"Không tìm thấy đơn vị '{delegation.UnitId}' trong các đơn vị bạn quản trị.");
        await using (var context = database.Create())
        {
            if (!await context.RoleAssignments.AnyAsync(r => r.UserId == delegation.DelegateId && units.Contains(r.UnitId), ct)
                && delegation.DelegateId != delegation.FromUserId)
                throw new OrganisationException([$"The delegate '{delegation.DelegateId}' holds no role in the administrator's units."],
                    $"Không tìm thấy người được ủy quyền '{delegation.DelegateId}' trong các đơn vị bạn quản trị.");
        }
        return await Acting.CreateDelegationAsync(delegation, ct);
    }

    public async Task EndAsync(long delegationId, CancellationToken ct = default)
    {
        var units = await access.AdministeredUnitIdsAsync(ct);
        await using (var context = database.Create())
        {
            if (!await context.Delegations.AnyAsync(d => d.Id == delegationId && units.Contains(d.UnitId), ct))
                throw new AdminNotFoundException("Không tìm thấy ủy quyền này trong các đơn vị bạn quản trị.");
        }
        await Acting.EndDelegationAsync(delegationId, ct);
    }
}
