using EmulationDocs.Core.Delivery;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace EmulationDocs.Web.Hosting;

/// <summary>Where traces and metrics go (<c>Telemetry:Exporter</c>): nowhere, the console, or an OTLP collector.</summary>
public enum TelemetryExporter
{
    None,
    Console,
    Otlp,
}

/// <summary>
/// OpenTelemetry traces and metrics: ASP.NET Core, Npgsql, the .NET runtime and our own sources and meters
/// (<c>EmulationDocs.*</c>: transitions, outbox, timers). The instrumentation is always registered so that an exporter
/// can be added without touching code; which exporter runs is a setting.
/// </summary>
public static class TelemetrySetup
{
    /// <summary>Prefix of every <see cref="System.Diagnostics.ActivitySource"/> and <see cref="System.Diagnostics.Metrics.Meter"/> of ours.</summary>
    public const string SourcePrefix = "EmulationDocs.*";

    public static IServiceCollection AddEmulationDocsTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var exporter = configuration.GetValue("Telemetry:Exporter", TelemetryExporter.None);
        // An explicit endpoint wins; otherwise the exporter reads the standard OTEL_EXPORTER_OTLP_* variables.
        var endpoint = configuration["Telemetry:OtlpEndpoint"];
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration.GetValue("Telemetry:ServiceName", "emulationdocs")!))
            .WithTracing(tracing =>
            {
                tracing.AddSource(SourcePrefix).AddAspNetCoreInstrumentation(o => o.Filter = IsTraced).AddNpgsql();
                _ = exporter switch
                {
                    TelemetryExporter.Console => tracing.AddConsoleExporter(),
                    TelemetryExporter.Otlp => tracing.AddOtlpExporter(o => UseEndpoint(o, endpoint)),
                    _ => tracing,
                };
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(SourcePrefix).AddMeter("Npgsql").AddAspNetCoreInstrumentation().AddRuntimeInstrumentation()
                    // Creates the outbox gauges with the meter provider (and disposes them with it).
                    .AddInstrumentation(sp => sp.GetRequiredService<OutboxTelemetry>());
                _ = exporter switch
                {
                    TelemetryExporter.Console => metrics.AddConsoleExporter(),
                    TelemetryExporter.Otlp => metrics.AddOtlpExporter(o => UseEndpoint(o, endpoint)),
                    _ => metrics,
                };
            });
        return services;
    }

    // Static files and health probes would drown the traces that matter.
    private static bool IsTraced(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/health") && !context.Request.Path.StartsWithSegments("/css") && !context.Request.Path.StartsWithSegments("/js");

    private static void UseEndpoint(OpenTelemetry.Exporter.OtlpExporterOptions options, string? endpoint)
    {
        if (!string.IsNullOrEmpty(endpoint)) options.Endpoint = new Uri(endpoint);
    }
}
