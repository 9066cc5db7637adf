using System.Globalization;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Authorization;
using EmulationDocs.Web.Features.Errors;
using Microsoft.AspNetCore.Http.HttpResults;
using EmulationDocs.Web.Features.Documents;
using EmulationDocs.Web.Features.Inbox;
using EmulationDocs.Web.Features.Delivery;
using EmulationDocs.Web.Features.Tasks;

namespace EmulationDocs.Web.Api;

/// <summary>
/// Starting a document: the chain, the unit (default: the first where the user may start it), title and data by document role.
/// Without <c>submit</c> the document stays a draft at the clerk's step ("Lưu nháp"); with it, it must be complete and is
/// submitted at once ("Lưu và trình"). With an idempotency key a repeated request returns the first result; without one every
/// request is a new document.
/// </summary>
public sealed record StartRequest(string Definition, string? Unit, string Title, JsonObject? Data, string? IdempotencyKey = null, bool Submit = false);

/// <summary>An action on a task; <c>votes</c> maps each candidate's name to agree (true) or disagree.</summary>
public sealed record TaskActionBody(
    string Action, string? IdempotencyKey, string? Comment, JsonObject? Data, Dictionary<string, bool>? Votes, string? ReturnTo, bool Written = false,
    long? ExpectedRevision = null);

/// <summary>A task's revision after taking or giving it back.</summary>
public sealed record ClaimResult(long Revision);

/// <summary>
/// The REST API over the inbox, documents and tasks; bearer token or the page cookie. Typed results give the OpenAPI document
/// every answer's schema; refusals are thrown and mapped once to problem details (<see cref="Features.Errors.ProblemExceptionHandler"/>),
/// and a document or task the user may not see answers 404 through its access policy (<see cref="AccessPolicies"/>).
/// </summary>
public static class WorkflowEndpoints
{
    /// <summary>The total of a paged list that answers with its rows only (the inbox), beside <c>page</c> and <c>pageSize</c>.</summary>
    public const string TotalCountHeader = "X-Total-Count";

    public static RouteGroupBuilder MapWorkflowEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", async Task<Ok<IReadOnlyList<NotificationRow>>> (NotificationQuery notifications, CancellationToken ct) =>
                TypedResults.Ok(await notifications.ForCurrentUserAsync(ct)))
            .WithSummary("Deadline reminders and escalations of the last 30 days addressed to the user or to a role they hold, newest first.");

        api.MapGet("/inbox", async Task<Ok<IReadOnlyList<InboxRow>>> (string? q, string? kind, string? unit, bool? overdue, int? page, int? pageSize,
                InboxQuery inbox, HttpResponse response, CancellationToken ct) =>
            {
                var found = await inbox.PageAsync(new InboxFilter(q, kind, unit, overdue ?? false), PageRequest.Of(page, pageSize, InboxQuery.DefaultPageSize), ct);
                response.Headers[TotalCountHeader] = found.Total.ToString(CultureInfo.InvariantCulture);
                return TypedResults.Ok(found.Items);
            })
            .WithSummary("The signed-in user's open tasks over every role and delegation, due first, filtered by a search (title, summary, step, unit), " +
                "kind (definition id), unit, overdue only; paged (page from 1, pageSize 1–200, default 100), the total in the X-Total-Count header.");

        api.MapGet("/instances", async Task<Ok<DocumentList>> (string? q, string? kind, int? year, string? unit, int? page, int? pageSize, InstanceQueries instances,
                CancellationToken ct) =>
                TypedResults.Ok(await instances.ListAsync(new DocumentFilter(q, kind, year, unit), PageRequest.Of(page, pageSize, InstanceQueries.DefaultPageSize), ct)))
            .WithSummary("Documents of the user's units, newest first, filtered by kind (definition id), year, unit and a search in titles and summaries; " +
                "paged (page from 1, pageSize 1–200, default 50) with the total.");

        api.MapGet("/instances/{id:guid}", async Task<Results<Ok<InstanceDetails>, ProblemHttpResult>> (Guid id, InstanceQueries instances, CancellationToken ct) =>
                await instances.DetailsAsync(id, ct) is { } details ? TypedResults.Ok(details) : NotFound())
            .RequireAuthorization(AccessPolicies.ReadDocument)
            .WithSummary("Status, step, open tasks, history and document versions of one document.");

        api.MapGet("/instances/{id:guid}/versions/{version:int}/docx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (
                Guid id, int version, string? role, string? unit, InstanceQueries instances, CancellationToken ct) =>
                await instances.DocxAsync(id, version, role, unit, ct) is { } file
                    ? TypedResults.File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName)
                    : NotFound())
            .RequireAuthorization(AccessPolicies.ReadDocument)
            .WithSummary("One version of the document as .docx (role and unit narrow it when the document has several).");

        api.MapPost("/instances", async Task<Created<CommandResult>> (StartRequest request, StartDocumentService start, CancellationToken ct) =>
            {
                var unit = request.Unit ?? (await start.OptionsAsync(ct)).FirstOrDefault(o => o.DefinitionId == request.Definition)?.UnitId
                    ?? throw new ActionNotAllowedException($"No unit where the user may start {request.Definition}.", "Bạn không có quyền khởi tạo văn bản này.");
                var result = await start.StartAsync(request.IdempotencyKey, request.Definition, unit, request.Title, request.Data ?? [], request.Submit, ct);
                return TypedResults.Created($"/api/instances/{result.InstanceId}", result);
            })
            .ProducesRefusals()
            .WithSummary("Starts a document on a chain: saved as a draft, or with submit=true submitted at once (400 listing the missing fields when incomplete).");

        api.MapPost("/tasks/{id:guid}/actions", async Task<Ok<CommandResult>> (Guid id, TaskActionBody body, TaskActionService tasks, CancellationToken ct) =>
                TypedResults.Ok(await tasks.ActAsync(id, new TaskActionRequest(body.Action, body.IdempotencyKey, body.Comment, body.Data, body.Votes,
                    body.ReturnTo, body.Written, body.ExpectedRevision), ct)))
            .RequireAuthorization(AccessPolicies.ReadTask)
            .ProducesRefusals()
            .WithSummary("Acts on a task: submit, save (a drafting step's edits as a new version), withdraw, approve, return, reject, sign, issue or vote.");
        api.MapPost("/tasks/{id:guid}/claim", async Task<Ok<ClaimResult>> (Guid id, TaskActionService tasks, CancellationToken ct) =>
                TypedResults.Ok(new ClaimResult(await tasks.ClaimAsync(id, release: false, ct))))
            .RequireAuthorization(AccessPolicies.ReadTask)
            .ProducesRefusals()
            .WithSummary("Takes a task assigned to a role at a unit, so the role's other holders see it as taken (409 when a colleague took it first).");
        api.MapPost("/tasks/{id:guid}/release", async Task<Ok<ClaimResult>> (Guid id, TaskActionService tasks, CancellationToken ct) =>
                TypedResults.Ok(new ClaimResult(await tasks.ClaimAsync(id, release: true, ct))))
            .RequireAuthorization(AccessPolicies.ReadTask)
            .ProducesRefusals()
            .WithSummary("Gives a taken role task back to every holder of the role.");
        api.MapGet("/instances/{id:guid}/deliveries", async Task<Results<Ok<IReadOnlyList<DeliveryRow>>, ProblemHttpResult>> (Guid id, DeliveryService deliveries,
                CancellationToken ct) =>
                await deliveries.ForInstanceAsync(id, ct) is { } rows ? TypedResults.Ok(rows) : NotFound())
            .RequireAuthorization(AccessPolicies.ReadDocument)
            .WithSummary("E-mail delivery of the issued document, per recipient: queued, sent (with time), retrying (with the last error), failed.");

        api.MapPost("/deliveries/{messageId:guid}/resend", async Task<NoContent> (Guid messageId, DeliveryService deliveries, CancellationToken ct) =>
            {
                await deliveries.ResendAsync(messageId, ct);
                return TypedResults.NoContent();
            })
            .ProducesRefusals()
            .WithSummary("Queues a failed e-mail again (the registry of the issuing unit).");
        return api;
    }

    /// <summary>The problem answers a command may give (thrown, mapped by the exception handler), for the OpenAPI document.</summary>
    private static RouteHandlerBuilder ProducesRefusals(this RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict);

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(detail: "Không tìm thấy văn bản.", statusCode: StatusCodes.Status404NotFound, title: ErrorProblem.Title(StatusCodes.Status404NotFound));
}
