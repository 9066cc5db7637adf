using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>
/// Metrics of the deadline timers (meter <see cref="MeterName"/>): how late each timer fired after its due time, and how
/// many fired by outcome. The host decides where they go (OpenTelemetry, dotnet-counters).
/// </summary>
public static class DeadlineTelemetry
{
    public const string MeterName = "EmulationDocs.Deadlines";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Histogram<double> Lag = Meter.CreateHistogram<double>(
        "emulationdocs.timers.lag", unit: "s", description: "Time between a deadline timer's due time and its processing.");

    private static readonly Counter<long> Fired = Meter.CreateCounter<long>(
        "emulationdocs.timers.fired", unit: "{timer}", description: "Deadline timers processed, by kind and outcome.");

    public static void RecordFired(DeadlineTimer timer, DateTime firedAt)
    {
        var tags = new TagList { { "kind", timer.Kind }, { "outcome", timer.Outcome } };
        Lag.Record(Math.Max(0, (firedAt - timer.DueAt).TotalSeconds), tags);
        Fired.Add(1, tags);
    }
}
