using EmulationDocs.Core.Workflows.Deadlines;

namespace EmulationDocs.Web.Hosting;

/// <summary>Runs Core's <see cref="DeadlineScheduler"/> for the lifetime of the app: reminders and escalations of overdue tasks.</summary>
public sealed class DeadlineHostedService(DeadlineScheduler scheduler) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => scheduler.RunAsync(stoppingToken);
}
