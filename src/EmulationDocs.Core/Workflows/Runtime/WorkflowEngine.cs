using System.Text.Json;
using EmulationDocs.Core.Access;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Runs approval chains. Each command is prepared first (documents rendered outside any transaction), then written in one
/// database transaction: instance state, tasks, ballots, document versions, history and the idempotency record commit
/// together or not at all. A retried command (same user, kind, target and idempotency key) returns its first result; the
/// key reused for another command is refused (<see cref="IdempotencyKeyConflictException"/>); a late or duplicate action
/// on a task gets <see cref="ConcurrencyConflictException"/>, never a silent no-op.
/// </summary>
public sealed class WorkflowEngine(
    DatabaseFactory database, IDefinitionSource definitions, AwardRules awardRules, DocumentRenderer renderer, TimeProvider clock,
    ILogger<WorkflowEngine>? logger = null)
{
    /// <summary>
    /// Each lost race means another command was written, so a command is prepared again at most once per competitor; this
    /// bounds it for a burst (50 registry clerks issuing in one series at once) and ends it as a conflict beyond.
    /// </summary>
    private const int MaxAttempts = 100;

    private readonly ILogger _logger = logger ?? NullLogger<WorkflowEngine>.Instance;

    public async Task<CommandResult> StartAsync(StartCommand command, CancellationToken ct = default)
    {
        CommandLimits.Check(command);
        return await RunAsync(command.IdempotencyKey, CommandBinding.Of(command), async (context, transition) =>
        {
            var definition = await definitions.LatestAsync(command.DefinitionId, ct);
            var assignments = new Assignments(context);
            var unit = await assignments.UnitAsync(command.UnitId, ct);
            var startStep = definition.Step(definition.Start);
            var subject = await assignments.SubjectAsync(command.UserId, transition.Now, ct);
            if (!DocumentAccess.MayStart(startStep.Assignee?.Role, unit.Id, subject))
                throw new ActionNotAllowedException($"User '{command.UserId}' may not start {definition.Id} at '{unit.Id}'.", "Bạn không có quyền khởi tạo văn bản này tại đơn vị đã chọn.");
            var instance = new WorkflowInstance
            {
                Id = Guid.NewGuid(), DefinitionId = definition.Id, DefinitionVersion = definition.Version, UnitId = unit.Id, OriginUnitId = unit.Id,
                InitiatorId = command.UserId, StepId = definition.Start, Status = InstanceStatus.Running, Title = command.Title,
                DataJson = command.Data.ToJsonString(), CreatedAt = transition.Now, UpdatedAt = transition.Now,
            };
            context.Instances.Add(instance);
            var run = new TransitionRunner(context, assignments, definition, instance, transition, awardRules, renderer, ct);
            run.RequireValidDocuments(command.Data);
            run.History(command.UserId, startStep.Assignee?.Role, unit.Id, definition.Start, "start", null, null);
            await run.EnterAsync(definition.Start);
            return run;
        }, ct);
    }

    public async Task<CommandResult> ActAsync(TaskCommand command, CancellationToken ct = default)
    {
        CommandLimits.Check(command);
        return await RunAsync(command.IdempotencyKey, CommandBinding.Of(command), async (context, transition) =>
        {
            var task = await context.Tasks.FindAsync([command.TaskId], ct)
                ?? throw new WorkflowNotFoundException($"Task {command.TaskId} does not exist.", "Không tìm thấy công việc.");
            if (task.State != TaskState.Open)
                throw new ConcurrencyConflictException($"Task {task.Id} is already {task.State}.", "Công việc này đã được xử lý.");
            if (command.ExpectedRevision is { } expected && expected != task.Revision)
                throw new ConcurrencyConflictException($"Task {task.Id} is at revision {task.Revision}, not {expected}.", "Công việc đã thay đổi; hãy tải lại trang.");
            var instance = await context.Instances.FindAsync([task.InstanceId], ct)
                ?? throw new WorkflowNotFoundException($"Instance {task.InstanceId} does not exist.", "Không tìm thấy văn bản.");
            if (instance.Status != InstanceStatus.Running || instance.StepId != task.StepId)
                throw new ConcurrencyConflictException($"Instance {instance.Id} is no longer at step {task.StepId}.", "Văn bản đã chuyển sang bước khác.");
            var definition = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
            var assignments = new Assignments(context);
            var run = new TransitionRunner(context, assignments, definition, instance, transition, awardRules, renderer, ct);
            await run.ActAsync(task, command);
            return run;
        }, ct);
    }

    /// <summary>
    /// A holder of the task's role takes it (others then see it as taken) or, with
    /// <paramref name="release"/>, gives it back. Optimistic: a concurrent claim of the same task conflicts.
    /// </summary>
    public async Task<long> ClaimAsync(Guid taskId, string userId, bool release = false, CancellationToken ct = default)
    {
        var kind = release ? "task.release" : "task.claim";
        try
        {
            var revision = await ClaimOrReleaseAsync(taskId, userId, release, ct);
            EngineLog.Claimed(_logger, kind, taskId, userId, revision);
            return revision;
        }
        catch (WorkflowException ex)
        {
            EngineLog.Refused(_logger, kind, taskId.ToString(), userId, ex.GetType().Name, ex.Message);
            WorkflowTelemetry.RecordRefusal(kind, ex.GetType().Name);
            throw;
        }
    }

    private async Task<long> ClaimOrReleaseAsync(Guid taskId, string userId, bool release, CancellationToken ct)
    {
        await using var context = database.Create();
        var task = await context.Tasks.FindAsync([taskId], ct) ?? throw new WorkflowNotFoundException($"Task {taskId} does not exist.", "Không tìm thấy công việc.");
        if (task.State != TaskState.Open) throw new ConcurrencyConflictException($"Task {task.Id} is already {task.State}.", "Công việc này đã được xử lý.");
        if (task.UserId is not null || task.Role is null)
            throw new ActionNotAllowedException($"Task {task.Id} is personal and cannot be claimed.", "Công việc này giao riêng cho một người.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (!DocumentAccess.ForTask(task, await AccessSubject.LoadAsync(context, userId, now, ct)).HoldsRole)
            throw new ActionNotAllowedException($"User '{userId}' does not hold {task.Role} at {task.UnitId}.", "Bạn không được giao công việc này.");
        if (task.ClaimedBy is not null && task.ClaimedBy != userId)
            throw new ConcurrencyConflictException($"Task {task.Id} is claimed by '{task.ClaimedBy}'.", "Công việc này đã được người khác nhận xử lý.");
        task.ClaimedBy = release ? null : userId;
        task.Revision++;
        context.History.Add(new HistoryEntry
        {
            InstanceId = task.InstanceId, At = now, UserId = userId, Role = task.Role, UnitId = task.UnitId, StepId = task.StepId, Action = release ? "release" : "claim",
        });
        try
        {
            await context.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConcurrencyConflictException($"Task {task.Id} changed while claiming it.", "Người khác vừa nhận công việc này; hãy tải lại trang.");
        }
        return task.Revision;
    }

    /// <summary>
    /// A command prepared without a transaction (its rows read, its documents rendered, its registry numbers chosen), then
    /// written in one short transaction: the numbers taken, the rows saved under the revision checks, the idempotency record
    /// added. A transition that lost a race (a revision or a number moved on meanwhile) is prepared again from the current
    /// state, where a task closed meanwhile is refused explicitly. Without a key a command is never matched to another.
    /// </summary>
    private async Task<CommandResult> RunAsync(
        string? idempotencyKey, CommandBinding binding, Func<EmulationDocsDbContext, Transition, Task<TransitionRunner>> prepare, CancellationToken ct)
    {
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                EngineLog.CommandStarted(_logger, binding.Kind, binding.Target, binding.UserId, attempt);
                await using var context = database.Create();
                if (key is not null && await FindRecordedAsync(context, key, binding, ct) is { } recorded) return Replayed(binding, key, recorded);

                var transition = new Transition(clock.GetUtcNow().UtcDateTime);
                TransitionRunner run;
                try
                {
                    run = await prepare(context, transition);
                }
                catch (ConcurrencyConflictException) when (key is not null)
                {
                    // The task may have been closed by this very command's first attempt, committed after the check above.
                    if (await FindRecordedAsync(database, key, binding, ct) is { } first) return Replayed(binding, key, first);
                    throw;
                }
                var result = run.Result();
                if (key is not null)
                {
                    context.Commands.Add(new CommandRecord
                    {
                        Key = key, InstanceId = result.InstanceId, ResultJson = JsonSerializer.Serialize(result), At = transition.Now,
                        UserId = binding.UserId, Kind = binding.Kind, Target = binding.Target,
                    });
                }
                EngineLog.CommandPrepared(_logger, binding.Kind, binding.Target, transition.Rendered);
                try
                {
                    await using var transaction = await context.Database.BeginTransactionAsync(ct);
                    await transition.Numbers.TakeAsync(context, ct);
                    await context.SaveChangesAsync(ct);
                    await transaction.CommitAsync(ct);
                }
                catch (Exception ex) when ((ex is DbUpdateConcurrencyException or NumberTakenException) && attempt < MaxAttempts)
                {
                    EngineLog.PreparingAgain(_logger, binding.Kind, binding.Target, attempt, ex.Message);
                    continue;
                }
                catch (Exception ex) when (ex is DbUpdateConcurrencyException or NumberTakenException)
                {
                    throw new ConcurrencyConflictException($"Concurrent commands changed the instance, task or series first {attempt} times: {ex.Message}",
                        "Người khác vừa xử lý văn bản này; hãy tải lại trang.");
                }
                catch (DbUpdateException) when (key is not null)
                {
                    // A retry that raced the first attempt loses on the key's uniqueness; the first attempt's result is the answer.
                    if (await FindRecordedAsync(database, key, binding, ct) is { } first) return Replayed(binding, key, first);
                    throw;
                }
                EngineLog.Transitioned(_logger, binding.Kind, binding.UserId, result.InstanceId, run.DefinitionId, result.StepId, result.Status, result.Revision);
                WorkflowTelemetry.RecordTransition(run.DefinitionId, binding.Kind, result.Status);
                return result;
            }
        }
        catch (WorkflowException ex)
        {
            EngineLog.Refused(_logger, binding.Kind, binding.Target, binding.UserId, ex.GetType().Name, ex.Message);
            WorkflowTelemetry.RecordRefusal(binding.Kind, ex.GetType().Name);
            throw;
        }
    }

    private CommandResult Replayed(CommandBinding binding, string key, CommandResult first)
    {
        EngineLog.Replayed(_logger, binding.Kind, binding.Target, binding.UserId, key);
        WorkflowTelemetry.RecordReplay(binding.Kind);
        return first;
    }

    /// <summary>The first result under <paramref name="key"/> if it was given for this very command; a conflict if for another.</summary>
    private static async Task<CommandResult?> FindRecordedAsync(EmulationDocsDbContext context, string key, CommandBinding binding, CancellationToken ct)
    {
        var record = await context.Commands.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, ct);
        if (record is null) return null;
        if (!binding.Matches(record)) throw binding.Conflict(record);
        return JsonSerializer.Deserialize<CommandResult>(record.ResultJson);
    }

    private static async Task<CommandResult?> FindRecordedAsync(DatabaseFactory database, string key, CommandBinding binding, CancellationToken ct)
    {
        await using var context = database.Create();
        return await FindRecordedAsync(context, key, binding, ct);
    }
}
