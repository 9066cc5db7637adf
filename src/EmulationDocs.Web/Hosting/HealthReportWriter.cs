using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationDocs.Web.Hosting;

/// <summary>
/// <c>/health</c> as JSON: the overall status, then each check's status, description and figures (the outbox backlog).
/// Exception texts stay in the log; the descriptions are ours.
/// </summary>
public static class HealthReportWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
