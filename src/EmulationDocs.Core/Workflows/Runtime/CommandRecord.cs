namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// The first result of an idempotent command, and what its key is bound to: a retry with the same key by the same user,
/// for the same kind of command and target, returns it and runs nothing; the key reused for anything else is refused.
/// </summary>
public sealed class CommandRecord
{
    public required string Key { get; init; }

    public Guid InstanceId { get; init; }

    public required string ResultJson { get; init; }

    public DateTime At { get; init; }

    /// <summary>The user who gave the command; null only on records made before keys were bound (never matched).</summary>
    public string? UserId { get; init; }

    /// <summary>The kind of command: <c>start</c>, or <c>task.</c> and the action (<c>task.approve</c>).</summary>
    public string? Kind { get; init; }

    /// <summary>What the command acted on: the task's id, or the definition and unit a document was started at.</summary>
    public string? Target { get; init; }
}
