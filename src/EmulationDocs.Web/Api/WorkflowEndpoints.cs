using System.Text.Json.Nodes;
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

/// <summary>The REST API over the inbox, documents and tasks; bearer token or the page cookie.</summary>
public static class WorkflowEndpoints
{
    public static RouteGroupBuilder MapWorkflowEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/notifications", async (NotificationQuery notifications, CancellationToken ct) => Results.Ok(await notifications.ForCurrentUserAsync(ct)))
            .WithSummary("Deadline reminders and escalations of the last 30 days addressed to the user or to a role they hold, newest first.");

        api.MapGet("/inbox", async (string? q, string? kind, string? unit, bool? overdue, InboxQuery inbox, CancellationToken ct) =>
                Results.Ok(new InboxFilter(q, kind, unit, overdue ?? false).Apply(await inbox.ForCurrentUserAsync(ct))))
            .WithSummary("The signed-in user's open tasks over every role and delegation, filtered by a search (title, step, unit), kind (definition id), unit, overdue only.");

        api.MapGet("/instances", async (string? q, string? kind, int? year, string? unit, InstanceQueries instances, CancellationToken ct) =>
                Results.Ok(await instances.ListAsync(new DocumentFilter(q, kind, year, unit), ct)))
            .WithSummary("Documents of the user's units, filtered by kind (definition id), year, unit and a search in titles and summaries.");

        api.MapGet("/instances/{id:guid}", async (Guid id, InstanceQueries instances, CancellationToken ct) =>
                await instances.DetailsAsync(id, ct) is { } details ? Results.Ok(details) : NotFound())
            .WithSummary("Status, step, open tasks, history and document versions of one document.");

        api.MapGet("/instances/{id:guid}/versions/{version:int}/docx", async (Guid id, int version, string? role, string? unit, InstanceQueries instances, CancellationToken ct) =>
                await instances.DocxAsync(id, version, role, unit, ct) is { } file
                    ? Results.File(file.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", file.FileName)
                    : NotFound())
            .WithSummary("One version of the document as .docx (role and unit narrow it when the document has several).");

        api.MapPost("/instances", (StartRequest request, StartDocumentService start, CancellationToken ct) => ApiErrors.GuardAsync(async () =>
            {
                var unit = request.Unit ?? (await start.OptionsAsync(ct)).FirstOrDefault(o => o.DefinitionId == request.Definition)?.UnitId;
                if (unit is null) return Results.Problem(detail: "Bạn không có quyền khởi tạo văn bản này.", statusCode: StatusCodes.Status403Forbidden);
                var result = await start.StartAsync(request.IdempotencyKey, request.Definition, unit, request.Title, request.Data ?? [], request.Submit, ct);
                return Results.Created($"/api/instances/{result.InstanceId}", result);
            }))
            .WithSummary("Starts a document on a chain: saved as a draft, or with submit=true submitted at once (400 listing the missing fields when incomplete).");

        api.MapPost("/tasks/{id:guid}/actions", (Guid id, TaskActionBody body, TaskActionService tasks, CancellationToken ct) => ApiErrors.GuardAsync(async () =>
                Results.Ok(await tasks.ActAsync(id, new TaskActionRequest(body.Action, body.IdempotencyKey, body.Comment, body.Data, body.Votes,
                    body.ReturnTo, body.Written, body.ExpectedRevision), ct))))
            .WithSummary("Acts on a task: submit, save (a drafting step's edits as a new version), withdraw, approve, return, reject, sign, issue or vote.");
        api.MapPost("/tasks/{id:guid}/claim", (Guid id, TaskActionService tasks, CancellationToken ct) => ApiErrors.GuardAsync(async () =>
                Results.Ok(new { revision = await tasks.ClaimAsync(id, release: false, ct) })))
            .WithSummary("Takes a task assigned to a role at a unit, so the role's other holders see it as taken (409 when a colleague took it first).");
        api.MapPost("/tasks/{id:guid}/release", (Guid id, TaskActionService tasks, CancellationToken ct) => ApiErrors.GuardAsync(async () =>
                Results.Ok(new { revision = await tasks.ClaimAsync(id, release: true, ct) })))
            .WithSummary("Gives a taken role task back to every holder of the role.");
        api.MapGet("/instances/{id:guid}/deliveries", async (Guid id, DeliveryService deliveries, CancellationToken ct) =>
                await deliveries.ForInstanceAsync(id, ct) is { } rows ? Results.Ok(rows) : NotFound())
            .WithSummary("E-mail delivery of the issued document, per recipient: queued, sent (with time), retrying (with the last error), failed.");

        api.MapPost("/deliveries/{messageId:guid}/resend", (Guid messageId, DeliveryService deliveries, CancellationToken ct) => ApiErrors.GuardAsync(async () =>
            {
                await deliveries.ResendAsync(messageId, ct);
                return Results.NoContent();
            }))
            .WithSummary("Queues a failed e-mail again (the registry of the issuing unit).");
        return api;
    }

    private static IResult NotFound() => Results.Problem(detail: "Không tìm thấy văn bản.", statusCode: StatusCodes.Status404NotFound);
}
