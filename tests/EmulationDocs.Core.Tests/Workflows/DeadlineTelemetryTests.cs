using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>The timer lag metric: how long after its due time a timer was processed (the scheduler was down, or behind).</summary>
[Collection(ProcessWideMeters.Name)]
public sealed class DeadlineTelemetryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_fired_timer_records_its_lag_behind_the_due_time_by_kind_and_outcome()
    {
        var clock = new FakeTimeProvider(Start);
        await using var fixture = await EngineFixture.CreateAsync(DatabaseProvider.Sqlite, clock);
        await fixture.Engine.StartAsync(new StartCommand("start", "clerk", "huyen", "deadlines", "Chỉ thị phát động thi đua", new JsonObject()));
        var lags = new List<(double Seconds, string? Kind, string? Outcome)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DeadlineTelemetry.MeterName && instrument.Name == "emulationdocs.timers.lag") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            var all = tags.ToArray();
            lags.Add((value, all.FirstOrDefault(t => t.Key == "kind").Value as string, all.FirstOrDefault(t => t.Key == "outcome").Value as string));
        });
        listener.Start();

        // The reminder was due after 1.5 days; processed at 2 days it is half a day late.
        clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await new DeadlineProcessor(fixture.Database, fixture.DefinitionSource, clock).RunOnceAsync("worker", 10, default));

        var lag = Assert.Single(lags);
        Assert.Equal(TimeSpan.FromDays(0.5).TotalSeconds, lag.Seconds, precision: 3);
        Assert.Equal((TimerKinds.Reminder, TimerOutcomes.Reminded), (lag.Kind, lag.Outcome));
    }
}
