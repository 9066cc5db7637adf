namespace EmulationDocs.Core.Organisation;

/// <summary>
/// For a period, <see cref="DelegateId"/> acts in <see cref="FromUserId"/>'s role at a unit (a
/// chairman to a deputy: the deputy signs with <see cref="Prefix"/>, "KT." or "TUQ.").
/// </summary>
public sealed class Delegation
{
    public long Id { get; init; }

    public required string FromUserId { get; init; }

    public required string DelegateId { get; init; }

    public required string UnitId { get; init; }

    public required string Role { get; init; }

    /// <summary>"KT." or "TUQ.".</summary>
    public required string Prefix { get; init; }

    public DateTime ValidFrom { get; init; }

    public DateTime ValidTo { get; init; }
}
