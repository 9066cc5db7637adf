using System.Text;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Web.Features.Admin;

namespace EmulationDocs.Web.Api;

public sealed record UnitCreateRequest(
    string Id, string ParentId, string Level, string Name, string HeaderName, string Abbreviation, string Place, string? Email, IReadOnlyList<string>? Aliases);

public sealed record UnitUpdateRequest(string Name, string HeaderName, string Abbreviation, string Place, string? Email, IReadOnlyList<string>? Aliases);

public sealed record UserCreateRequest(string Id, string FullName, string? Email, string Password, string Unit, string Role, string? Title);

public sealed record UserUpdateRequest(string FullName, string? Email);

/// <summary>One page of the users list and the number of users all pages hold.</summary>
public sealed record UserList(IReadOnlyList<UserRow> Items, int Total, int Page, int PageSize, int PageCount);

public sealed record PasswordRequest(string Password);

public sealed record RoleRequest(string Unit, string Role, string? Title);

/// <param name="Template">The .docx, base64.</param>
/// <param name="Contract">The data contract (the content of a <c>*.contract.json</c>); without it the template is stored but unusable.</param>
public sealed record TemplateUploadRequest(string Name, string FileName, string Template, System.Text.Json.Nodes.JsonObject? Contract);

/// <param name="ValidTo">Exclusive; times without an offset are UTC.</param>
public sealed record DelegationRequest(string FromUser, string Delegate, string Unit, string Role, string Prefix, DateTime ValidFrom, DateTime ValidTo);

/// <summary>
/// <c>/api/admin</c>: the administration pages' operations as JSON. 403 for users who administer nothing (workflow
/// definitions: for those who do not administer a top-level unit), 404 for units, users and delegations outside the
/// administrator's subtree, 400 with the Vietnamese problems for a refused command.
/// </summary>
public static class AdminEndpoints
{
    public static RouteGroupBuilder MapAdminEndpoints(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("/admin").AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<AdminAccess>().IsAdministratorAsync(context.HttpContext.RequestAborted)
                ? await next(context)
                : Forbidden("Bạn không có quyền quản trị."));

        admin.MapGet("/units", (UnitAdministration units, CancellationToken ct) => GuardAsync(async () => Results.Ok(await units.TreeAsync(ct))))
            .WithSummary("The administered units, each parent followed by its children, with the address book (e-mail, aliases).");
        admin.MapGet("/units/{id}", (string id, UnitAdministration units, CancellationToken ct) => GuardAsync(async () => Results.Ok(await units.GetAsync(id, ct))))
            .WithSummary("One administered unit.");
        admin.MapPost("/units", (UnitCreateRequest r, UnitAdministration units, CancellationToken ct) => GuardAsync(async () =>
            {
                await units.CreateAsync(new NewUnit(r.Id, r.ParentId, r.Level, r.Name, r.HeaderName, r.Abbreviation, r.Place, r.Email, r.Aliases), ct);
                return Results.Created($"/api/admin/units/{r.Id}", await units.GetAsync(r.Id, ct));
            }))
            .WithSummary("Creates a unit under an administered parent, at a level below the parent's.");
        admin.MapPut("/units/{id}", (string id, UnitUpdateRequest r, UnitAdministration units, CancellationToken ct) => GuardAsync(async () =>
            {
                await units.UpdateAsync(id, new UnitDetails(r.Name, r.HeaderName, r.Abbreviation, r.Place, r.Email, r.Aliases), ct);
                return Results.Ok(await units.GetAsync(id, ct));
            }))
            .WithSummary("Changes a unit's names, place and address-book entry (e-mail, aliases).");

        admin.MapGet("/users", (string? q, int? page, int? pageSize, UserAdministration users, CancellationToken ct) => GuardAsync(async () =>
            {
                var found = await users.ListAsync(q, PageRequest.Of(page, pageSize, UserAdministration.DefaultPageSize), ct);
                return Results.Ok(new UserList(found.Items, found.Total, found.PageNumber, found.PageSize, found.PageCount));
            }))
            .WithSummary("Users holding a role at an administered unit, by id; q matches id, name or e-mail (case and diacritics ignored); " +
                "paged (page from 1, pageSize 1–200, default 50) with the total.");
        admin.MapGet("/users/{id}", (string id, UserAdministration users, CancellationToken ct) => GuardAsync(async () => Results.Ok(await users.GetAsync(id, ct))))
            .WithSummary("One user with every role they hold.");
        admin.MapPost("/users", (UserCreateRequest r, UserAdministration users, CancellationToken ct) => GuardAsync(async () =>
            {
                await users.CreateAsync(new NewUser(r.Id, r.FullName, r.Email, r.Password), new RoleGrant(r.Unit, r.Role, r.Title), ct);
                return Results.Created($"/api/admin/users/{r.Id}", await users.GetAsync(r.Id, ct));
            }))
            .WithSummary("Creates a user with an initial password and a first role at an administered unit.");
        admin.MapPut("/users/{id}", (string id, UserUpdateRequest r, UserAdministration users, CancellationToken ct) => GuardAsync(async () =>
            {
                await users.UpdateAsync(id, r.FullName, r.Email, ct);
                return Results.Ok(await users.GetAsync(id, ct));
            }))
            .WithSummary("Changes a user's full name and e-mail.");
        admin.MapPost("/users/{id}/password", (string id, PasswordRequest r, UserAdministration users, CancellationToken ct) => GuardAsync(async () =>
            {
                await users.ResetPasswordAsync(id, r.Password, ct);
                return Results.NoContent();
            }))
            .WithSummary("Sets a new password.");
        admin.MapPost("/users/{id}/roles", (string id, RoleRequest r, UserAdministration users, CancellationToken ct) => GuardAsync(async () =>
            {
                await users.GrantAsync(id, new RoleGrant(r.Unit, r.Role, r.Title), ct);
                return Results.Ok(await users.GetAsync(id, ct));
            }))
            .WithSummary("Grants a role at an administered unit.");
        admin.MapDelete("/users/{id}/roles/{unit}/{role}", (string id, string unit, string role, UserAdministration users, CancellationToken ct) => GuardAsync(async () =>
            {
                await users.RevokeAsync(id, unit, role, ct);
                return Results.NoContent();
            }))
            .WithSummary("Revokes a role at an administered unit; delegations of it end now.");

        admin.MapGet("/delegations", (DelegationAdministration delegations, CancellationToken ct) => GuardAsync(async () => Results.Ok(await delegations.ListAsync(ct))))
            .WithSummary("Delegations at the administered units: current, future, then past.");
        admin.MapPost("/delegations", (DelegationRequest r, DelegationAdministration delegations, CancellationToken ct) => GuardAsync(async () =>
            {
                var id = await delegations.CreateAsync(new NewDelegation(r.FromUser, r.Delegate, r.Unit, r.Role, r.Prefix, r.ValidFrom, r.ValidTo), ct);
                return Results.Created($"/api/admin/delegations/{id}", (await delegations.ListAsync(ct)).Single(d => d.Id == id));
            }))
            .WithSummary("Delegates a user's role at an administered unit for a period (validTo exclusive).");
        admin.MapPost("/delegations/{id:long}/end", (long id, DelegationAdministration delegations, CancellationToken ct) => GuardAsync(async () =>
            {
                await delegations.EndAsync(id, ct);
                return Results.NoContent();
            }))
            .WithSummary("Ends a current delegation now, or cancels a future one.");

        admin.MapGet("/workflows", (WorkflowAdministration workflows, CancellationToken ct) => GuardAsync(async () => Results.Ok(await workflows.ListAsync(ct))))
            .WithSummary("Workflow definitions with their published versions (administrators of a top-level unit).");
        admin.MapGet("/workflows/{id}/{version:int}", (string id, int version, WorkflowAdministration workflows, CancellationToken ct) => GuardAsync(async () =>
                Results.Text(await workflows.JsonAsync(id, version, ct), "application/json", Encoding.UTF8)))
            .WithSummary("One published version's JSON, as stored.");
        admin.MapPost("/workflows", (HttpRequest request, WorkflowAdministration workflows, CancellationToken ct) => GuardAsync(async () =>
            {
                using var reader = new StreamReader(request.Body, Encoding.UTF8);
                var outcome = await workflows.PublishAsync(await reader.ReadToEndAsync(ct), ct);
                var location = $"/api/admin/workflows/{outcome.Definition.Id}/{outcome.Definition.Version}";
                var body = new { id = outcome.Definition.Id, version = outcome.Definition.Version, isNew = outcome.IsNew };
                return outcome.IsNew ? Results.Created(location, body) : Results.Ok(body);
            }))
            .Accepts<string>("application/json")
            // Refused by RequestSizeGuard before the body is read, like every upload.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(WorkflowAdministration.MaxJsonBytes))
            .WithSummary("Publishes the definition in the body as a new version (200 with isNew false when it equals the latest).");

        var templates = admin.MapGroup("/templates").AddEndpointFilter(async (context, next) =>
            await context.HttpContext.RequestServices.GetRequiredService<AdminAccess>().ManagesOrganisationWideAsync(context.HttpContext.RequestAborted)
                ? await next(context)
                : Forbidden("Chỉ quản trị viên cấp cao nhất mới quản lý mẫu văn bản."));
        templates.MapGet("", (TemplateLibrary library) => Results.Ok(library.List()))
            .WithSummary("The release's and the uploaded templates; usable ones have a data contract.");
        templates.MapPost("", async (TemplateUploadRequest request, TemplateLibrary library, CancellationToken ct) =>
            {
                byte[] docx;
                try
                {
                    docx = Convert.FromBase64String(request.Template);
                }
                catch (FormatException)
                {
                    return Results.Problem(detail: "Trường template phải là nội dung tệp .docx mã hóa base64.", statusCode: StatusCodes.Status400BadRequest);
                }
                var contract = request.Contract is { } json ? new UploadedFile(request.Name + ".contract.json", Encoding.UTF8.GetBytes(json.ToJsonString())) : null;
                var outcome = await library.UploadAsync(request.Name, new UploadedFile(request.FileName, docx), contract, ct);
                return outcome.Stored
                    ? Results.Created($"/api/admin/templates", new { name = request.Name.Trim().ToLowerInvariant(), usable = contract is not null, warnings = outcome.Warnings })
                    : Results.Problem(detail: "Không nhận mẫu này.", statusCode: StatusCodes.Status422UnprocessableEntity, title: "Mẫu không hợp lệ",
                        extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors });
            })
            // Base64 makes the 10 MB template a third larger.
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(TemplateCheck.MaxUploadBytes * 4 / 3 + TemplateCheck.MaxContractBytes))
            .WithSummary("Uploads a template (base64 .docx) with its data contract; checked like the page's upload, problems listed in errors.");
        return api;
    }

    /// <summary>The administration refusals as problem details, then the engine's (<see cref="ApiErrors"/>).</summary>
    private static Task<IResult> GuardAsync(Func<Task<IResult>> action) => ApiErrors.GuardAsync(async () =>
    {
        try
        {
            return await action();
        }
        catch (AdminNotFoundException ex)
        {
            return Results.Problem(detail: ex.UserMessage, statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy");
        }
        catch (AdminForbiddenException ex)
        {
            return Forbidden(ex.UserMessage);
        }
        catch (OrganisationException ex)
        {
            return Results.Problem(detail: ex.UserMessage, statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ",
                extensions: new Dictionary<string, object?> { ["errors"] = ex.UserMessage.Split('\n') });
        }
        catch (DefinitionException ex)
        {
            return Results.Problem(detail: $"Quy trình có {ex.Problems.Count} lỗi nên chưa được phát hành.", statusCode: StatusCodes.Status400BadRequest,
                title: "Yêu cầu không hợp lệ",
                extensions: new Dictionary<string, object?>
                {
                    ["problems"] = ex.Problems.Select(p => new { stepId = p.StepId, property = p.Property, description = p.Description }).ToList(),
                });
        }
    });

    private static IResult Forbidden(string detail) => Results.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Không được phép");
}
