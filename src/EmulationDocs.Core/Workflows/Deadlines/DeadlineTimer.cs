namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>
/// A moment at which something must happen to an open task: a reminder before its due time, or
/// escalation at it. Written with the task in the engine's transaction; processed once by
/// <see cref="DeadlineProcessor"/>, which leases it (<see cref="ClaimedBy"/>, <see cref="ClaimedUntil"/>)
/// so that several app instances never process it twice.
/// </summary>
public sealed class DeadlineTimer
{
    public Guid Id { get; init; }

    public Guid InstanceId { get; init; }

    public Guid TaskId { get; init; }

    /// <summary><see cref="TimerKinds.Reminder"/> or <see cref="TimerKinds.Escalation"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>When the timer fires (UTC).</summary>
    public DateTime DueAt { get; init; }

    /// <summary>The worker holding the lease, if any.</summary>
    public string? ClaimedBy { get; set; }

    /// <summary>The lease's end (UTC); after it another worker may claim the timer.</summary>
    public DateTime? ClaimedUntil { get; set; }

    /// <summary>When the timer was processed or closed; null while pending.</summary>
    public DateTime? DoneAt { get; set; }

    /// <summary>What became of it (<see cref="TimerOutcomes"/>).</summary>
    public string? Outcome { get; set; }
}

public static class TimerKinds
{
    public const string Reminder = "reminder";
    public const string Escalation = "escalation";
}

public static class TimerOutcomes
{
    /// <summary>The task was completed or cancelled before the timer fired.</summary>
    public const string TaskClosed = "task-closed";
    public const string Reminded = "reminded";
    /// <summary>A reminder found its task already overdue (the scheduler was down): escalation speaks for it instead.</summary>
    public const string ReminderLate = "reminder-late";
    /// <summary>The escalation target got a notification and a task of their own.</summary>
    public const string Escalated = "escalated";
    /// <summary>The escalation target got a notification only (council votes; the target already holds the task; nobody holds the role).</summary>
    public const string EscalationNotified = "escalation-notified";
    /// <summary>The escalation target's unit could not be resolved; the history entry says why.</summary>
    public const string EscalationFailed = "escalation-failed";
}
