using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Access;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Runs approval chains. Each command is one database transaction: instance state, tasks,
/// ballots, document versions, history and the idempotency record commit together or not at all.
/// A retried command (same idempotency key) returns its first result; a late or duplicate action
/// on a task gets <see cref="ConcurrencyConflictException"/>, never a silent no-op.
/// </summary>
public sealed class WorkflowEngine(DatabaseFactory database, IDefinitionSource definitions, AwardRules awardRules, DocumentRenderer renderer, TimeProvider clock)
{
    public async Task<CommandResult> StartAsync(StartCommand command, CancellationToken ct = default)
    {
        return await RunAsync(command.IdempotencyKey, async (context, transition) =>
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
            run.History(command.UserId, startStep.Assignee?.Role, unit.Id, definition.Start, "start", null, null);
            await run.EnterAsync(definition.Start);
            return run;
        }, ct);
    }

    public async Task<CommandResult> ActAsync(TaskCommand command, CancellationToken ct = default)
    {
        return await RunAsync(command.IdempotencyKey, async (context, transition) =>
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

    /// <summary>One transaction around a command, with idempotency and the revision check.</summary>
    private async Task<CommandResult> RunAsync(string idempotencyKey, Func<EmulationDocsDbContext, TransitionClock, Task<TransitionRunner>> body, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey)) throw new InvalidCommandException("Every command needs an idempotency key.", "Thiếu khóa chống gửi trùng (idempotencyKey).");
        await using var context = database.Create();
        if (await FindRecordedAsync(context, idempotencyKey, ct) is { } recorded) return recorded;

        await using var transaction = await context.Database.BeginTransactionAsync(ct);
        if (await FindRecordedAsync(context, idempotencyKey, ct) is { } raced) return raced;
        var transition = new TransitionClock(clock.GetUtcNow().UtcDateTime);
        var run = await body(context, transition);
        var result = run.Result();
        context.Commands.Add(new CommandRecord { Key = idempotencyKey, InstanceId = result.InstanceId, ResultJson = JsonSerializer.Serialize(result), At = transition.Now });
        try
        {
            await context.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrencyConflictException($"A concurrent command changed the instance or task first: {ex.Message}", "Người khác vừa xử lý văn bản này; hãy tải lại trang.");
        }
        catch (DbUpdateException)
        {
            // A retry that raced the first attempt loses on the key's uniqueness; the first attempt's result is the answer.
            if (await FindRecordedAsync(database, idempotencyKey, ct) is { } first) return first;
            throw;
        }
        return result;
    }

    private static async Task<CommandResult?> FindRecordedAsync(EmulationDocsDbContext context, string key, CancellationToken ct)
    {
        var record = await context.Commands.AsNoTracking().FirstOrDefaultAsync(c => c.Key == key, ct);
        return record is null ? null : JsonSerializer.Deserialize<CommandResult>(record.ResultJson);
    }

    private static async Task<CommandResult?> FindRecordedAsync(DatabaseFactory database, string key, CancellationToken ct)
    {
        await using var context = database.Create();
        return await FindRecordedAsync(context, key, ct);
    }
}

/// <summary>The moment a transition happens; every row it writes carries the same time.</summary>
internal sealed record TransitionClock(DateTime Now);
