using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;
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
public sealed class TaskActionService(DatabaseFactory database, UserScope user, WorkflowEngine engine)
{
    public async Task<CommandResult> ActAsync(Guid taskId, TaskActionRequest request, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(request.IdempotencyKey))
            throw new ArgumentException("idempotencyKey is required.", nameof(request));
        await using (var context = database.Create())
        {
            var instanceId = await context.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => (Guid?)t.InstanceId).FirstOrDefaultAsync(ct);
            if (instanceId is null || await user.VisibleInstanceAsync(context, instanceId.Value, ct) is null)
                throw new WorkflowNotFoundException($"Task {taskId} does not exist or is not visible to {user.UserId}.", "Không tìm thấy công việc.");
        }
        // Keys are scoped to the user so that one user's key can never replay another user's command result.
        return await engine.ActAsync(new TaskCommand($"{user.UserId}:{request.IdempotencyKey}", user.UserId, taskId, request.Action,
            request.ExpectedRevision, request.Comment, request.Data, request.ReturnTo, request.Votes, request.Written), ct);
    }
}
