using EmulationDocs.Core.Access;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// The organisation as the engine needs it, over <see cref="UnitDirectory"/>: organisation errors
/// (a selector that finds no unit, an unknown unit) become workflow errors the user can read.
/// </summary>
internal sealed class Assignments(EmulationDocsDbContext context)
{
    private readonly UnitDirectory _directory = new(context);

    public Task<OrgUnit> UnitAsync(string unitId, CancellationToken ct) => Translate(() => _directory.GetAsync(unitId, ct));

    /// <summary><c>self</c>, <c>parent</c> or <c>level:&lt;name&gt;</c> (the unit itself or its nearest ancestor at that level).</summary>
    public Task<OrgUnit> ResolveAsync(string unitId, string selector, CancellationToken ct) => Translate(() => _directory.ResolveAsync(unitId, selector, ct));

    /// <summary>Ids of the users holding the role at the unit, in a stable order.</summary>
    public async Task<List<string>> HoldersAsync(string unitId, string role, CancellationToken ct) =>
        (await _directory.HoldersAsync(unitId, role, ct)).Select(u => u.Id).ToList();

    public async Task<bool> HasHoldersAsync(string unitId, string role, CancellationToken ct) =>
        (await _directory.HoldersAsync(unitId, role, ct)).Count > 0;

    /// <summary>Who the user is for the access rules now: their roles, own and delegated.</summary>
    public Task<AccessSubject> SubjectAsync(string userId, DateTime now, CancellationToken ct) => AccessSubject.LoadAsync(context, userId, now, ct);

    /// <summary>How the subject may act for a role at a unit: directly, through a delegation valid now, or not at all.</summary>
    public static Standing? StandingOf(AccessSubject subject, string role, string unitId)
    {
        var atUnit = subject.Roles.Where(h => h.UnitId == unitId).ToList();
        if (atUnit.FirstOrDefault(h => h.Role == role && !h.IsDelegated) is { } direct) return new Standing(direct.Title, null, null);
        if (atUnit.FirstOrDefault(h => h.Role == role && h.IsDelegated) is not { } delegated) return null;
        // The delegate signs with their own title under the delegator's: "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH".
        var ownTitle = atUnit.FirstOrDefault(h => !h.IsDelegated && h.Title.Length > 0)?.Title ?? "";
        return new Standing(ownTitle, delegated.Prefix, delegated.Title);
    }

    private static async Task<OrgUnit> Translate(Func<Task<OrgUnit>> lookup)
    {
        try
        {
            return await lookup();
        }
        catch (OrganisationException ex)
        {
            throw new ActionNotAllowedException(string.Join(" ", ex.Problems), ex.UserMessage);
        }
    }
}

/// <summary>A user's standing for a role: their own title, and the prefix and title of whoever delegated it.</summary>
internal sealed record Standing(string Title, string? DelegationPrefix, string? DelegatorTitle);
