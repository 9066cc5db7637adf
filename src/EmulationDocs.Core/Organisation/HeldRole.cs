namespace EmulationDocs.Core.Organisation;

/// <summary>
/// A role a user can act in at a unit: held directly, or received through a delegation, in which
/// case <see cref="DelegatedFrom"/> names the holder and <see cref="Prefix"/> ("KT.", "TUQ.")
/// goes before the authority line when the user signs.
/// </summary>
public sealed record HeldRole(string Role, string UnitId, string Title, string? DelegatedFrom = null, string? Prefix = null)
{
    public bool IsDelegated => DelegatedFrom is not null;
}
