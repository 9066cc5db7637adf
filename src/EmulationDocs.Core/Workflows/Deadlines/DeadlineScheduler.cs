using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>How the scheduler polls: every <see cref="Interval"/>, batches of <see cref="BatchSize"/>, leases held as <see cref="Worker"/>.</summary>
public sealed record DeadlineSchedulerOptions
{
    public TimeSpan Interval { get; init; } = TimeSpan.FromSeconds(30);

    public int BatchSize { get; init; } = 50;

    /// <summary>Unique per app instance: leases are held under this name.</summary>
    public string Worker { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
}

/// <summary>
/// The background loop around <see cref="DeadlineProcessor"/> (the web app hosts it as a BackgroundService): drains due
/// timers batch by batch, then waits <see cref="DeadlineSchedulerOptions.Interval"/> on <see cref="TimeProvider"/>.
/// </summary>
/// <param name="logger">Told about a failed round (e.g. the database is unreachable); the loop carries on at the next interval.</param>
public sealed class DeadlineScheduler(DeadlineProcessor processor, TimeProvider clock, DeadlineSchedulerOptions options, ILogger<DeadlineScheduler>? logger = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<DeadlineScheduler>.Instance;

    /// <summary>Runs until <paramref name="ct"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due: keep going rather than wait an interval per batch.
                while (await processor.RunOnceAsync(options.Worker, options.BatchSize, ct) == options.BatchSize) { }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                DeadlineLog.RoundFailed(_logger, ex);
            }
            try
            {
                await Task.Delay(options.Interval, clock, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
