using EmulationDocs.Core.Delivery;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EmulationDocs.Web.Hosting;

/// <summary>
/// Reports the outbox backlog on <c>/health</c>: degraded when the oldest unsent message has waited longer than
/// <see cref="DeliveryOptions.PendingAgeWarning"/> (a mail server refusing, LibreOffice failing, no dispatcher running).
/// </summary>
public sealed class OutboxHealthCheck(OutboxMonitor monitor, DeliveryOptions options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        OutboxBacklog backlog;
        try
        {
            backlog = await monitor.MeasureAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Reported with the exception (logged by the health check service), never its text on the page.
            return HealthCheckResult.Unhealthy("The outbox cannot be read.", ex);
        }
        var data = new Dictionary<string, object>
        {
            ["pending"] = backlog.Pending,
            ["oldestPendingAgeSeconds"] = Math.Round(backlog.OldestPendingAge.TotalSeconds),
        };
        return backlog.OldestPendingAge > options.PendingAgeWarning
            ? HealthCheckResult.Degraded($"The oldest unsent e-mail has waited more than {options.PendingAgeWarning.TotalMinutes:0} minutes.", data: data)
            : HealthCheckResult.Healthy($"{backlog.Pending} e-mails waiting.", data);
    }
}
