using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>Log events of the deadline timers.</summary>
internal static partial class DeadlineLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information,
        Message = "Deadline timer {TimerId} ({Kind}) of task {TaskId} processed {LagSeconds:F0} s after its due time: {Outcome}")]
    public static partial void TimerFired(ILogger logger, Guid timerId, string kind, Guid taskId, double lagSeconds, string? outcome);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Debug, Message = "Deadline timer {TimerId} skipped: its lease is no longer {Worker}'s or it is done")]
    public static partial void TimerNotTaken(ILogger logger, Guid timerId, string worker);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Escalation of task {TaskId} found no target: {Reason}")]
    public static partial void EscalationFailed(ILogger logger, Guid taskId, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "Deadline round failed; retrying at the next interval")]
    public static partial void RoundFailed(ILogger logger, Exception exception);
}
