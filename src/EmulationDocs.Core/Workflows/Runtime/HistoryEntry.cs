namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>Append-only record of who did what, when, with which document version.</summary>
public sealed class HistoryEntry
{
    public long Id { get; init; }

    public Guid InstanceId { get; init; }

    public DateTime At { get; init; }

    public required string UserId { get; init; }

    public string? Role { get; init; }

    public string? UnitId { get; init; }

    public required string StepId { get; init; }

    public required string Action { get; init; }

    public string? Comment { get; init; }

    public string? DocumentHash { get; init; }
}

/// <summary>History actions that are not task actions (<see cref="TaskActions"/>).</summary>
public static class HistoryActions
{
    /// <summary>A step changed a document it prepares: the entry carries the new version's hash and the acting user.</summary>
    public const string Revise = "revise";
}
