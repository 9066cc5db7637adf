namespace EmulationDocs.Core.Organisation;

/// <summary>A user holds a role at a unit (a person may hold several, at several units).</summary>
public sealed class RoleAssignment
{
    public long Id { get; init; }

    public required string UserId { get; init; }

    public required string UnitId { get; init; }

    /// <summary>One of <see cref="Roles"/>.</summary>
    public required string Role { get; init; }

    /// <summary>Printed under the signature, e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH"; empty for roles that never sign.</summary>
    public string Title { get; init; } = "";
}
