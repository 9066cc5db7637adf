using System.Text.Json.Serialization;

namespace EmulationDocs.Web.Api;

public static class ApiRoutes
{
    public static WebApplication MapEmulationDocsApi(this WebApplication app)
    {
        // JSON bodies (not forms) with cookie or bearer: a cross-site page cannot send application/json without a CORS
        // preflight this app never answers, so the API needs no antiforgery token.
        var api = app.MapGroup("/api").WithTags("EmulationDocs");
        api.MapAuthEndpoints();
        api.MapWorkflowEndpoints();
        api.MapAdminEndpoints();
        api.MapFormEndpoints();
        return app;
    }

    public static IServiceCollection AddApiJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
