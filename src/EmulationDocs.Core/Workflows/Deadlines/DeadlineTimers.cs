using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>
/// The engine's side of deadlines: timers are written with the task that creates them and closed
/// with the task that ends them, inside the engine's transaction, so a task never exists without
/// its timers and a closed task never fires one.
/// </summary>
internal static class DeadlineTimers
{
    /// <summary>Adds the reminder and escalation timers of a new task with a due time (nothing for a task without one).</summary>
    public static void Schedule(EmulationDocsDbContext context, WorkflowTask task, StepDefinition step)
    {
        if (task.DueAt is not { } due) return;
        var allowed = due - task.CreatedAt;
        var remindBefore = step.Remind is null ? allowed / 2 : IsoDuration.Parse(step.Remind);
        // The validator keeps remind shorter than due; a reminder at or before the task's creation would say nothing new.
        if (remindBefore > TimeSpan.Zero && remindBefore < allowed) context.Timers.Add(New(task, TimerKinds.Reminder, due - remindBefore));
        context.Timers.Add(New(task, TimerKinds.Escalation, due));
    }

    /// <summary>
    /// Marks the pending timers of the tasks done with <see cref="TimerOutcomes.TaskClosed"/>. A conditional UPDATE rather than
    /// tracked entities: on PostgreSQL it takes the timers' row locks, so a <see cref="DeadlineProcessor"/> working on one of
    /// them either finishes first (and the engine then sees what it wrote) or finds the timer done and leaves it.
    /// </summary>
    public static async Task CloseAsync(EmulationDocsDbContext context, IReadOnlyCollection<Guid> taskIds, DateTime now, CancellationToken ct)
    {
        if (taskIds.Count == 0) return;
        await context.Timers
            .Where(t => taskIds.Contains(t.TaskId) && t.DoneAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DoneAt, now).SetProperty(t => t.Outcome, TimerOutcomes.TaskClosed), ct);
    }

    private static DeadlineTimer New(WorkflowTask task, string kind, DateTime dueAt) =>
        new() { Id = Guid.NewGuid(), InstanceId = task.InstanceId, TaskId = task.Id, Kind = kind, DueAt = dueAt };
}
