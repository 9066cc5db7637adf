using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;

namespace EmulationDocs.Core.Access;

/// <summary>
/// A user as the access rules see them at one moment: their id and every role they may act in, held directly or
/// delegated to them with a delegation valid then. Loaded once per request or command and asked many times.
/// </summary>
public sealed record AccessSubject(string UserId, IReadOnlyList<HeldRole> Roles)
{
    /// <summary>The units where the user holds any role, in a stable order.</summary>
    public IReadOnlyList<string> UnitIds { get; } = [.. Roles.Select(r => r.UnitId).Distinct().Order(StringComparer.Ordinal)];

    public bool Holds(string role, string unitId) => Roles.Any(r => r.Role == role && r.UnitId == unitId);

    public static async Task<AccessSubject> LoadAsync(EmulationDocsDbContext context, string userId, DateTime nowUtc, CancellationToken ct = default) =>
        new(userId, await new UnitDirectory(context).RolesOfAsync(userId, nowUtc, ct));
}
