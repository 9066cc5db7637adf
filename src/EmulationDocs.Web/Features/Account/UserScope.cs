using System.Security.Claims;
using EmulationDocs.Core.Access;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Account;

/// <summary>
/// The signed-in user and the roles they hold now (directly or by a delegation valid now), cached for the request; what
/// they may see and do is Core's <see cref="DocumentAccess"/>.
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

    /// <summary>The user for Core's access rules (<see cref="DocumentAccess"/>).</summary>
    public async Task<AccessSubject> SubjectAsync(CancellationToken ct = default) => new(UserId, await RolesAsync(ct));

    /// <summary>The instance when the user may see it; null both when it does not exist and when it is not theirs.</summary>
    public async Task<WorkflowInstance?> VisibleInstanceAsync(EmulationDocsDbContext context, Guid instanceId, CancellationToken ct = default) =>
        await DocumentAccess.VisibleInstanceAsync(context, await SubjectAsync(ct), instanceId, ct);

    /// <summary>The documents the user may see, for lists: filtered by the database.</summary>
    public async Task<IQueryable<WorkflowInstance>> VisibleInstancesAsync(EmulationDocsDbContext context, CancellationToken ct = default) =>
        DocumentAccess.VisibleInstances(context, await SubjectAsync(ct));

    /// <summary>Names of the user's units for the page header.</summary>
    public async Task<IReadOnlyList<string>> UnitNamesAsync(CancellationToken ct = default)
    {
        var ids = await UnitIdsAsync(ct);
        await using var context = database.Create();
        return await context.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(ct);
    }
}
