using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>
/// Fires due deadline timers: a reminder notifies the task's assignee; escalation notifies the escalation target and
/// gives it a task of its own on the same step (the original task stays open: whoever acts first completes the step,
/// and the engine cancels the other). Safe to run from several app instances on one database: timers are leased with
/// <see cref="RowClaims"/> and each is processed in its own transaction that commits only while the lease is the
/// worker's, so a timer is processed exactly once.
/// </summary>
/// <param name="lease">How long a claim lasts; a worker that dies leaves its timers to others after it.</param>
public sealed class DeadlineProcessor(
    DatabaseFactory database, IDefinitionSource definitions, TimeProvider clock, TimeSpan? lease = null, ILogger<DeadlineProcessor>? logger = null)
{
    public static readonly TimeSpan DefaultLease = TimeSpan.FromMinutes(1);

    private const string Table = "timers";
    private const string DueCondition = "\"DoneAt\" IS NULL AND \"DueAt\" <= {0}";
    private readonly TimeSpan _lease = lease ?? DefaultLease;
    private readonly ILogger _logger = logger ?? NullLogger<DeadlineProcessor>.Instance;

    /// <summary>Claims up to <paramref name="batchSize"/> due timers and processes them; returns how many were processed.</summary>
    public async Task<int> RunOnceAsync(string worker, int batchSize, CancellationToken ct)
    {
        var processed = 0;
        foreach (var timerId in await ClaimAsync(worker, batchSize, ct))
        {
            if (await ProcessAsync(timerId, worker, ct)) processed++;
        }
        return processed;
    }

    /// <summary>Leases due, pending timers to <paramref name="worker"/>, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> ClaimAsync(string worker, int batchSize, CancellationToken ct)
    {
        await using var context = database.Create();
        return await RowClaims.ClaimAsync(context, Table, DueCondition, nameof(DeadlineTimer.DueAt), worker, Now(), _lease, batchSize, ct);
    }

    /// <summary>
    /// Processes one claimed timer in its own transaction; false (nothing written) when the claim is no longer the worker's
    /// or the timer is already done.
    /// </summary>
    public async Task<bool> ProcessAsync(Guid timerId, string worker, CancellationToken ct)
    {
        await using var context = database.Create();
        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        var now = Now();
        // Checking the claim and marking the timer done is one conditional UPDATE, so no other worker (after the lease
        // expired) nor the engine (closing the task's timers) can slip in between: on PostgreSQL it also holds the row
        // lock until commit, so the engine's close waits for us and then sees the escalation task we add.
        var taken = await context.Timers
            .Where(t => t.Id == timerId && t.DoneAt == null && t.ClaimedBy == worker && t.ClaimedUntil >= now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.DoneAt, now), ct);
        if (taken == 0)
        {
            DeadlineLog.TimerNotTaken(_logger, timerId, worker);
            return false;
        }

        var timer = await context.Timers.SingleAsync(t => t.Id == timerId, ct);
        timer.Outcome = await FireAsync(context, timer, now, ct);
        await context.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        DeadlineTelemetry.RecordFired(timer, now);
        DeadlineLog.TimerFired(_logger, timer.Id, timer.Kind, timer.TaskId, (now - timer.DueAt).TotalSeconds, timer.Outcome);
        return true;
    }

    private async Task<string> FireAsync(EmulationDocsDbContext context, DeadlineTimer timer, DateTime now, CancellationToken ct)
    {
        var task = await context.Tasks.FindAsync([timer.TaskId], ct);
        var instance = task is null ? null : await context.Instances.FindAsync([task.InstanceId], ct);
        // The engine closes a task's timers with it; this guards timers of tasks closed some other way.
        if (task is not { State: TaskState.Open } || instance is not { Status: InstanceStatus.Running }) return TimerOutcomes.TaskClosed;
        return timer.Kind switch
        {
            TimerKinds.Reminder => Remind(context, instance, task, timer, now),
            TimerKinds.Escalation => await EscalateAsync(context, instance, task, timer, now, ct),
            _ => throw new InvalidOperationException($"Timer {timer.Id} has unknown kind '{timer.Kind}'."),
        };
    }

    private static string Remind(EmulationDocsDbContext context, WorkflowInstance instance, WorkflowTask task, DeadlineTimer timer, DateTime now)
    {
        var due = task.DueAt ?? timer.DueAt;
        // "Sắp đến hạn" after the due time would be wrong; the escalation timer speaks for the overdue task.
        if (now >= due) return TimerOutcomes.ReminderLate;
        var message = DeadlineMessages.Reminder(instance.Title, due);
        context.Notifications.Add(new Notification
        {
            InstanceId = instance.Id, TaskId = task.Id, Kind = TimerKinds.Reminder, Role = task.UserId is null ? task.Role : null, UnitId = task.UnitId,
            UserId = task.UserId, Message = message, CreatedAt = now,
        });
        AddHistory(context, instance.Id, task, task.Role, task.UnitId, "remind", message, now);
        return TimerOutcomes.Reminded;
    }

    private async Task<string> EscalateAsync(EmulationDocsDbContext context, WorkflowInstance instance, WorkflowTask task, DeadlineTimer timer, DateTime now, CancellationToken ct)
    {
        var definition = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var step = definition.Step(task.StepId);
        var target = EscalationTarget.For(step, task);
        var assignments = new Assignments(context);
        OrgUnit unit;
        try
        {
            unit = await assignments.ResolveAsync(task.UnitId ?? instance.UnitId, target.Unit, ct);
        }
        catch (ActionNotAllowedException ex)
        {
            DeadlineLog.EscalationFailed(_logger, task.Id, ex.Message);
            AddHistory(context, instance.Id, task, target.Role, null, "escalate", ex.UserMessage, now);
            return TimerOutcomes.EscalationFailed;
        }

        var message = DeadlineMessages.Escalation(instance.Title, step.Name ?? step.Id, task.DueAt ?? timer.DueAt);
        context.Notifications.Add(new Notification
        {
            InstanceId = instance.Id, TaskId = task.Id, Kind = TimerKinds.Escalation, Role = target.Role, UnitId = unit.Id, Message = message, CreatedAt = now,
        });
        AddHistory(context, instance.Id, task, target.Role, unit.Id, "escalate", message, now);

        // A council vote is each member's own and cannot be cast by someone else; a target that already holds the task
        // (a chairman's own signing) or that nobody holds would get a task nobody new can act on.
        var givesTask = step.Kind != StepKinds.CouncilVote
            && !(task.Role == target.Role && task.UnitId == unit.Id)
            && await assignments.HasHoldersAsync(unit.Id, target.Role, ct);
        if (!givesTask) return TimerOutcomes.EscalationNotified;
        context.Tasks.Add(new WorkflowTask
        {
            // The original due time stays, so the inbox shows the escalated task as overdue; it gets no timers of its own,
            // so escalation does not cascade up the hierarchy.
            Id = Guid.NewGuid(), InstanceId = instance.Id, StepId = task.StepId, StepKind = task.StepKind, Role = target.Role, UnitId = unit.Id,
            State = TaskState.Open, CreatedAt = now, DueAt = task.DueAt,
        });
        return TimerOutcomes.Escalated;
    }

    private static void AddHistory(EmulationDocsDbContext context, Guid instanceId, WorkflowTask task, string? role, string? unitId, string action, string comment, DateTime now) =>
        context.History.Add(new HistoryEntry
        {
            InstanceId = instanceId, At = now, UserId = "system", Role = role, UnitId = unitId, StepId = task.StepId, Action = action, Comment = comment,
        });

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
