using EmulationDocs.Core.Delivery;

namespace EmulationDocs.Web.Hosting;

/// <summary>
/// Runs Core's e-mail <see cref="DeliveryDispatcher"/> for the lifetime of the app: issued documents
/// go to their recipients over SMTP, or as .eml files into the pickup folder when no server is set.
/// </summary>
public sealed class DeliveryHostedService(DeliveryDispatcher dispatcher, ILogger<DeliveryHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        logger.LogInformation("E-mail delivery runs as worker {Worker}", dispatcher.WorkerId);
        await dispatcher.RunAsync(stoppingToken);
    }
}
