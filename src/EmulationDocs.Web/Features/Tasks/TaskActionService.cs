using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Tasks;

/// <summary>An action on a task as pages and the API receive it.</summary>
/// <param name="IdempotencyKey">Generated when the page was rendered (or by the API client): a double submit makes one transition.
/// The engine binds it to the user, the action and the task.</param>
/// <param name="ExpectedRevision">The task revision the user saw; a task that moved on since is a conflict.</param>
public sealed record TaskActionRequest(
    string Action, string? IdempotencyKey, string? Comment = null, JsonObject? Data = null, IReadOnlyDictionary<string, bool>? Votes = null,
    string? ReturnTo = null, bool Written = false, long? ExpectedRevision = null);

/// <summary>
/// Runs an action through the engine for the signed-in user. A task whose document the user may not see is reported as
/// not found before the engine is asked, so the engine's "not yours" answer never confirms that another unit's task exists.
/// </summary>
public sealed class TaskActionService(DatabaseFactory database, UserScope user, WorkflowEngine engine, IDefinitionSource definitions, TaskDocuments documents)
{
    public async Task<CommandResult> ActAsync(Guid taskId, TaskActionRequest request, CancellationToken ct)
    {
        await using (var context = database.Create())
        {
            var task = await context.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.InstanceId, t.StepId, t.State }).FirstOrDefaultAsync(ct);
            if (task is null || await user.VisibleInstanceAsync(context, task.InstanceId, ct) is null)
                throw new WorkflowNotFoundException($"Task {taskId} does not exist or is not visible to {user.UserId}.", "Không tìm thấy công việc.");
            if (task.State == TaskState.Open)
                await RequireCompleteDocumentsAsync(context, task.InstanceId, task.StepId, request.Action, request.Data, ct);
        }
        return await engine.ActAsync(new TaskCommand(request.IdempotencyKey, user.UserId, taskId, request.Action,
            request.ExpectedRevision, request.Comment, request.Data, request.ReturnTo, request.Votes, request.Written), ct);
    }

    /// <summary>Takes a role task for the user ("Nhận xử lý") or gives it back to the role; returns the task's new revision.</summary>
    public async Task<long> ClaimAsync(Guid taskId, bool release, CancellationToken ct)
    {
        await using (var context = database.Create())
        {
            var instanceId = await context.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => (Guid?)t.InstanceId).FirstOrDefaultAsync(ct);
            if (instanceId is null || await user.VisibleInstanceAsync(context, instanceId.Value, ct) is null)
                throw new WorkflowNotFoundException($"Task {taskId} does not exist or is not visible to {user.UserId}.", "Không tìm thấy công việc.");
        }
        return await engine.ClaimAsync(taskId, user.UserId, release, ct);
    }

    /// <summary>
    /// "Trình" on a drafting step and "Đồng ý" on a review step: the step's documents (<see cref="TaskDocuments"/>) as they will
    /// be after the merge must have every field people are to fill. Other actions ("Lưu nháp", "Trả lại") need nothing.
    /// </summary>
    private async Task RequireCompleteDocumentsAsync(EmulationDocsDbContext context, Guid instanceId, string stepId, string action, JsonObject? update,
        CancellationToken ct)
    {
        var instance = await context.Instances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { i.DefinitionId, i.DefinitionVersion, i.UnitId, i.DataJson }).SingleAsync(ct);
        var definition = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        if (definition.Steps.FirstOrDefault(s => s.Id == stepId) is not { } step || TaskDocuments.CompletingAction(step) != action) return;
        await documents.RequireCompleteAsync(definition, step, instance.UnitId, JsonNode.Parse(instance.DataJson) as JsonObject ?? [], update, ct);
    }
}
