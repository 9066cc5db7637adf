namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>One document travelling along a chain.</summary>
public sealed class WorkflowInstance
{
    public Guid Id { get; init; }

    public required string DefinitionId { get; init; }

    /// <summary>The definition version the instance started on; it keeps it to the end.</summary>
    public int DefinitionVersion { get; init; }

    /// <summary>The unit where the instance currently is (forwarding moves it up).</summary>
    public required string UnitId { get; set; }

    /// <summary>The unit that started it.</summary>
    public required string OriginUnitId { get; init; }

    public required string InitiatorId { get; init; }

    public required string StepId { get; set; }

    public InstanceStatus Status { get; set; }

    /// <summary>Vietnamese title for lists, usually the summary line.</summary>
    public required string Title { get; set; }

    /// <summary>The document data (JSON object) that templates render.</summary>
    public required string DataJson { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>Incremented by every transition; a stale writer gets a conflict.</summary>
    public long Revision { get; set; }

    /// <summary>Title and summaries folded for search (<see cref="Search.InstanceSearchText"/>); written on every save.</summary>
    public string? SearchText { get; set; }
}

public enum InstanceStatus
{
    Running,
    Completed,
    Rejected,
    Withdrawn,
}
