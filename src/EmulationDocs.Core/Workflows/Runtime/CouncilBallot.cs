namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>One member's vote on one candidate at a council step; written votes come from absent members.</summary>
public sealed class CouncilBallot
{
    public long Id { get; init; }

    public Guid InstanceId { get; init; }

    public required string StepId { get; init; }

    public required string UserId { get; init; }

    /// <summary>Candidate name as listed in the proposal.</summary>
    public required string Candidate { get; init; }

    public bool Agree { get; init; }

    public bool Written { get; init; }
}
