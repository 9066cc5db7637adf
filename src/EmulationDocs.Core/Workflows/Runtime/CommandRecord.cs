namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>The first result of an idempotent command: a retry with the same key returns it and runs nothing.</summary>
public sealed class CommandRecord
{
    public required string Key { get; init; }

    public Guid InstanceId { get; init; }

    public required string ResultJson { get; init; }

    public DateTime At { get; init; }
}
