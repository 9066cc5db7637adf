using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>Organisation questions the engine asks: which unit a selector means, who holds a role, may a user act.</summary>
internal sealed class Assignments(EmulationDocsDbContext context)
{
    public async Task<OrgUnit> UnitAsync(string unitId, CancellationToken ct) =>
        await context.Units.FindAsync([unitId], ct) ?? throw new WorkflowNotFoundException($"Unit '{unitId}' does not exist.", $"Không có đơn vị '{unitId}'.");

    /// <summary><c>self</c>, <c>parent</c> or <c>level:&lt;name&gt;</c> (the unit itself or its nearest ancestor at that level).</summary>
    public async Task<OrgUnit> ResolveAsync(string unitId, string selector, CancellationToken ct)
    {
        var unit = await UnitAsync(unitId, ct);
        if (selector == "self") return unit;
        if (selector == "parent")
            return unit.ParentId is { } parent ? await UnitAsync(parent, ct)
                : throw new ActionNotAllowedException($"Unit '{unitId}' has no parent.", $"{unit.Name} không có cấp trên.");
        if (selector.StartsWith("level:", StringComparison.Ordinal))
        {
            var level = selector["level:".Length..];
            for (var current = unit; ; current = await UnitAsync(current.ParentId!, ct))
            {
                if (current.Level == level) return current;
                if (current.ParentId is null)
                    throw new ActionNotAllowedException($"Unit '{unitId}' has no ancestor at level '{level}'.", $"{unit.Name} không thuộc đơn vị cấp {level} nào.");
            }
        }
        throw new ArgumentException($"Unknown unit selector '{selector}'.", nameof(selector));
    }

    public Task<List<RoleAssignment>> HoldersAsync(string unitId, string role, CancellationToken ct) =>
        context.RoleAssignments.Where(r => r.UnitId == unitId && r.Role == role).OrderBy(r => r.UserId).ToListAsync(ct);

    public Task<bool> HasHoldersAsync(string unitId, string role, CancellationToken ct) =>
        context.RoleAssignments.AnyAsync(r => r.UnitId == unitId && r.Role == role, ct);

    /// <summary>How the user may act for a role at a unit: directly, through a delegation valid now, or not at all.</summary>
    public async Task<Standing?> StandingAsync(string userId, string role, string unitId, DateTime now, CancellationToken ct)
    {
        var direct = await context.RoleAssignments.FirstOrDefaultAsync(r => r.UserId == userId && r.Role == role && r.UnitId == unitId, ct);
        if (direct is not null) return new Standing(direct.Title, null, null);
        var delegation = await context.Delegations.FirstOrDefaultAsync(
            d => d.DelegateId == userId && d.Role == role && d.UnitId == unitId && d.ValidFrom <= now && d.ValidTo >= now, ct);
        if (delegation is null) return null;
        var own = await context.RoleAssignments.Where(r => r.UserId == userId && r.UnitId == unitId).Select(r => r.Title).FirstOrDefaultAsync(ct);
        var delegatorTitle = await context.RoleAssignments.Where(r => r.UserId == delegation.FromUserId && r.UnitId == unitId && r.Role == role)
            .Select(r => r.Title).FirstOrDefaultAsync(ct);
        return new Standing(own ?? "", delegation.Prefix, delegatorTitle);
    }

    /// <summary>The user's (role, unit) pairs, own and delegated, for inbox queries.</summary>
    public async Task<List<(string Role, string UnitId)>> RolesOfAsync(string userId, DateTime now, CancellationToken ct)
    {
        var own = await context.RoleAssignments.Where(r => r.UserId == userId).Select(r => new { r.Role, r.UnitId }).ToListAsync(ct);
        var delegated = await context.Delegations.Where(d => d.DelegateId == userId && d.ValidFrom <= now && d.ValidTo >= now)
            .Select(d => new { d.Role, d.UnitId }).ToListAsync(ct);
        return own.Concat(delegated).Select(x => (x.Role, x.UnitId)).Distinct().ToList();
    }
}

/// <summary>A user's standing for a role: their own title, and the prefix and title of whoever delegated it.</summary>
internal sealed record Standing(string Title, string? DelegationPrefix, string? DelegatorTitle);
