namespace EmulationDocs.Core.Organisation;

/// <summary>The roles a user can hold at a unit; definitions refer to them by these names.</summary>
public static class Roles
{
    public const string Clerk = "clerk";
    public const string Head = "head";
    public const string Deputy = "deputy";
    public const string CouncilMember = "council-member";
    public const string CouncilChair = "council-chair";
    public const string Chairman = "chairman";
    public const string ViceChairman = "vice-chairman";
    public const string Registry = "registry";

    /// <summary>Administers the unit and every unit below it: units, users, roles, delegations, address book. At a top-level unit also templates and workflow definitions.</summary>
    public const string Administrator = "admin";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>([Clerk, Head, Deputy, CouncilMember, CouncilChair, Chairman, ViceChairman, Registry, Administrator]);
}
