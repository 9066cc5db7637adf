using System.Diagnostics;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace EmulationDocs.Web.Tests;

/// <summary>OpenTelemetry: requests are traced and measured; an exporter added to the providers receives them.</summary>
public sealed class TelemetryTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Requests_are_traced_and_our_meters_reach_the_exporter()
    {
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        using var observed = app.WithWebHostBuilder(b => b.ConfigureTestServices(services => services
            .ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(activities))
            .ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(metrics))));
        var client = observed.CreateClient();

        var token = await client.PostAsync("/api/auth/token", System.Net.Http.Json.JsonContent.Create(new { user = "chuyenvien.noivu.trucninh", password = WebAppFactory.Password }));
        token.EnsureSuccessStatusCode();
        observed.Services.GetRequiredService<TracerProvider>().ForceFlush();
        observed.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.Contains(activities, a => a.Kind == ActivityKind.Server && a.DisplayName == "POST /api/auth/token");
        Assert.Contains(metrics, m => m.Name == "http.server.request.duration");
        // The outbox gauges are registered with the meter provider and measured from the database at each export.
        var queue = Assert.Single(metrics, m => m.Name == "emulationdocs.outbox.queue_length");
        foreach (ref readonly var point in queue.GetMetricPoints()) Assert.True(point.GetGaugeLastValueLong() >= 0);
        Assert.Contains(metrics, m => m.Name == "emulationdocs.outbox.oldest_pending_age");
    }
}
