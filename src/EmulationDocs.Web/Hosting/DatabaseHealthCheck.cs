using EmulationDocs.Core.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationDocs.Web.Hosting;

/// <summary>Healthy when the database answers a query; reported by <c>/health</c>.</summary>
public sealed class DatabaseHealthCheck(DatabaseFactory database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = database.Create();
            return await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The database does not answer.");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
