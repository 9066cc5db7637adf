using System.Security.Claims;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Account;

/// <summary>
/// The signed-in user and what they may see: the units where they hold a role (directly or by a delegation valid now).
/// An instance is visible when it is at, or started from, one of those units, or when the user has or had a task on it
/// (a council member of another level voting, a level the proposal passed through). Anything else is reported as not
/// found, so ids of other units' documents reveal nothing.
/// </summary>
public sealed class UserScope(IHttpContextAccessor http, DatabaseFactory database, TimeProvider clock)
{
    private IReadOnlyList<HeldRole>? _roles;

    public string UserId =>
        http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("No signed-in user.");

    public string FullName => http.HttpContext?.User.FindFirstValue(ClaimTypes.Name) ?? UserId;

    public async Task<IReadOnlyList<HeldRole>> RolesAsync(CancellationToken ct = default)
    {
        if (_roles is not null) return _roles;
        await using var context = database.Create();
        return _roles = await new UnitDirectory(context).RolesOfAsync(UserId, clock.GetUtcNow().UtcDateTime, ct);
    }

    public async Task<IReadOnlyList<string>> UnitIdsAsync(CancellationToken ct = default) =>
        (await RolesAsync(ct)).Select(r => r.UnitId).Distinct().ToList();

    /// <summary>The instance when the user may see it; null both when it does not exist and when it is not theirs.</summary>
    public async Task<WorkflowInstance?> VisibleInstanceAsync(EmulationDocsDbContext context, Guid instanceId, CancellationToken ct = default)
    {
        var instance = await context.Instances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, ct);
        if (instance is null) return null;
        var units = await UnitIdsAsync(ct);
        if (units.Contains(instance.UnitId) || units.Contains(instance.OriginUnitId)) return instance;
        var userId = UserId;
        var involved = await context.Tasks.AnyAsync(t => t.InstanceId == instanceId &&
            (t.UserId == userId || t.CompletedBy == userId || (t.UnitId != null && units.Contains(t.UnitId))), ct);
        return involved ? instance : null;
    }

    /// <summary>Units the user holds roles at, plus tasks personally theirs: the filter for document lists.</summary>
    public async Task<IQueryable<WorkflowInstance>> VisibleInstancesAsync(EmulationDocsDbContext context, CancellationToken ct = default)
    {
        var units = await UnitIdsAsync(ct);
        var userId = UserId;
        return context.Instances.AsNoTracking().Where(i => units.Contains(i.UnitId) || units.Contains(i.OriginUnitId) ||
            context.Tasks.Any(t => t.InstanceId == i.Id && (t.UserId == userId || t.CompletedBy == userId || (t.UnitId != null && units.Contains(t.UnitId)))));
    }

    /// <summary>Names of the user's units for the page header.</summary>
    public async Task<IReadOnlyList<string>> UnitNamesAsync(CancellationToken ct = default)
    {
        var ids = await UnitIdsAsync(ct);
        await using var context = database.Create();
        return await context.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
    }
}
