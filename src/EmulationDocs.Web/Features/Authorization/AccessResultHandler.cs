using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Features.Authorization;

/// <summary>
/// A refused <see cref="IHidesExistence"/> requirement answers 404 (the API with a problem, pages with the status page), as
/// for a document that does not exist; every other outcome is ASP.NET Core's (401 challenge, 403 forbid).
/// </summary>
public sealed class AccessResultHandler(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<IHidesExistence>().Any() != true)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (!context.Request.Path.StartsWithSegments("/api")) return;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Không tìm thấy", Detail = "Không tìm thấy văn bản hoặc công việc này." },
        });
    }
}
