using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;
using EmulationDocs.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Tasks;

/// <summary>An action on a task as pages and the API receive it.</summary>
/// <param name="IdempotencyKey">Generated when the page was rendered (or by the API client): a double submit makes one transition.</param>
/// <param name="ExpectedRevision">The task revision the user saw; a task that moved on since is a conflict.</param>
public sealed record TaskActionRequest(
    string Action, string IdempotencyKey, string? Comment = null, JsonObject? Data = null, IReadOnlyDictionary<string, bool>? Votes = null,
    string? ReturnTo = null, bool Written = false, long? ExpectedRevision = null);

/// <summary>
/// Runs an action through the engine for the signed-in user. A task whose document the user may not see is reported as
/// not found before the engine is asked, so the engine's "not yours" answer never confirms that another unit's task exists.
/// </summary>
public sealed class TaskActionService(DatabaseFactory database, UserScope user, WorkflowEngine engine, IDefinitionSource definitions, DocumentForms forms)
{
    public async Task<CommandResult> ActAsync(Guid taskId, TaskActionRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
            throw new ArgumentException("idempotencyKey is required.", nameof(request));
        await using (var context = database.Create())
        {
            var task = await context.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.InstanceId, t.StepId, t.State }).FirstOrDefaultAsync(ct);
            if (task is null || await user.VisibleInstanceAsync(context, task.InstanceId, ct) is null)
                throw new WorkflowNotFoundException($"Task {taskId} does not exist or is not visible to {user.UserId}.", "Không tìm thấy công việc.");
            if (request.Action == TaskActions.Submit && task.State == TaskState.Open)
                await RequireCompleteDraftAsync(context, task.InstanceId, task.StepId, request.Data, ct);
        }
        // Keys are scoped to the user so that one user's key can never replay another user's command result.
        return await engine.ActAsync(new TaskCommand($"{user.UserId}:{request.IdempotencyKey}", user.UserId, taskId, request.Action,
            request.ExpectedRevision, request.Comment, request.Data, request.ReturnTo, request.Votes, request.Written), ct);
    }

    /// <summary>
    /// "Trình" on a drafting step: the document as it will be after the merge (stored data, the edits of this request on top,
    /// field by field as the engine merges them) must have every field the clerk is to fill.
    /// </summary>
    private async Task RequireCompleteDraftAsync(EmulationDocsDbContext context, Guid instanceId, string stepId, JsonObject? update, CancellationToken ct)
    {
        var instance = await context.Instances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { i.DefinitionId, i.DefinitionVersion, i.DataJson }).SingleAsync(ct);
        var definition = await definitions.GetAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var step = definition.Steps.FirstOrDefault(s => s.Id == stepId);
        if (step is not { Kind: StepKinds.Drafting, Document: { } role } || forms.For(definition, role) is not { } form) return;
        var document = (JsonNode.Parse(instance.DataJson)?[role] as JsonObject)?.DeepClone().AsObject() ?? [];
        foreach (var (name, value) in update?[role] as JsonObject ?? []) document[name] = value?.DeepClone();
        DraftCompleteness.Require(form.Contract, document, form.Context);
    }
}
