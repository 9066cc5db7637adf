using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Api;

public static class ApiRoutes
{
    /// <summary>The largest JSON request: a document's data with a few pictures, far below what one user could abuse.</summary>
    public const long MaxJsonBodyBytes = 8 * 1024 * 1024;

    public static WebApplication MapEmulationDocsApi(this WebApplication app)
    {
        // JSON bodies (not forms) with cookie or bearer: a cross-site page cannot send application/json without a CORS
        // preflight this app never answers, so the API needs no antiforgery token.
        // Every JSON body is bounded; uploads set their own, larger limit (the endpoint's metadata comes last and wins).
        var api = app.MapGroup("/api").WithTags("EmulationDocs").WithMetadata(new RequestSizeLimitAttribute(MaxJsonBodyBytes));
        api.MapAuthEndpoints();
        api.MapWorkflowEndpoints();
        api.MapAdminEndpoints();
        api.MapFormEndpoints();
        api.MapAwardEndpoints();
        return app;
    }

    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
