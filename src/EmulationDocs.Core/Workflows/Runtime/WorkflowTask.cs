namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// A human task: assigned to a role at a unit (any holder may claim it) or to one user (council
/// members vote individually).
/// </summary>
public sealed class WorkflowTask
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string StepId { get; init; }

    public required string StepKind { get; init; }

    public string? Role { get; init; }

    public string? UnitId { get; init; }

    public string? UserId { get; init; }

    public string? ClaimedBy { get; set; }

    public TaskState State { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? DueAt { get; init; }

    public DateTime? CompletedAt { get; set; }

    public string? CompletedBy { get; set; }

    public string? Outcome { get; set; }

    public long Revision { get; set; }
}

public enum TaskState
{
    Open,
    Completed,
    Cancelled,
}
