using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Outbox gauges (meter <see cref="MeterName"/>): how many messages wait and how old the oldest is. Measured when a
/// listener collects (the OpenTelemetry export interval), from the database, so every node reports the shared outbox.
/// </summary>
public sealed class OutboxTelemetry : IDisposable
{
    public const string MeterName = "EmulationDocs.Delivery";

    private readonly Meter _meter = new(MeterName);
    private readonly OutboxMonitor _monitor;
    private readonly ILogger _logger;

    public OutboxTelemetry(OutboxMonitor monitor, ILogger? logger = null)
    {
        _monitor = monitor;
        _logger = logger ?? NullLogger.Instance;
        _meter.CreateObservableGauge("emulationdocs.outbox.queue_length", () => Observe(b => (long)b.Pending), unit: "{message}",
            description: "Outbox messages not sent yet (queued, retrying or being sent).");
        _meter.CreateObservableGauge("emulationdocs.outbox.oldest_pending_age", () => Observe(b => b.OldestPendingAge.TotalSeconds), unit: "s",
            description: "Time since the oldest unsent outbox message was queued; 0 when none waits.");
    }

    /// <summary>This instance's meter: tests listen to it alone, as several instances publish under one name.</summary>
    internal Meter Meter => _meter;

    private IEnumerable<Measurement<T>> Observe<T>(Func<OutboxBacklog, T> value) where T : struct
    {
        OutboxBacklog backlog;
        try
        {
            // Gauge callbacks are synchronous; this runs on the exporter's thread, never on a request's.
            backlog = _monitor.MeasureAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex)
        {
            // No measurement rather than a wrong one; the failure is in the log.
            DeliveryLog.MeasureFailed(_logger, ex);
            return [];
        }
        return [new Measurement<T>(value(backlog))];
    }

    public void Dispose() => _meter.Dispose();
}
