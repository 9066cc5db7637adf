namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>
/// A message for people: a role at a unit (every holder), or one user. Written by deadline
/// processing; the web app shows them on the home page (<see cref="NotificationFeed"/>).
/// </summary>
public sealed class Notification
{
    public long Id { get; init; }

    public Guid InstanceId { get; init; }

    public Guid? TaskId { get; init; }

    /// <summary>Why it was written: <see cref="TimerKinds.Reminder"/> or <see cref="TimerKinds.Escalation"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The recipient role at <see cref="UnitId"/>, when the recipient is not one user.</summary>
    public string? Role { get; init; }

    public string? UnitId { get; init; }

    /// <summary>The recipient user, for tasks assigned to one person (council members).</summary>
    public string? UserId { get; init; }

    /// <summary>Vietnamese text shown to the recipient.</summary>
    public required string Message { get; init; }

    public DateTime CreatedAt { get; init; }
}
