using System.Collections.Concurrent;

namespace EmulationDocs.LoadTest;

/// <summary>Latencies per request kind, summarised as count, requests per second and percentiles.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _samples = new();

    public void Record(string kind, TimeSpan elapsed) => _samples.GetOrAdd(kind, _ => []).Add(elapsed.TotalMilliseconds);

    public void Print(TextWriter output, int users, TimeSpan duration)
    {
        output.WriteLine($"| Requests ({users} users, {duration.TotalSeconds:0} s) | Count | Req/s | p50 ms | p95 ms | p99 ms | max ms |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var (kind, values) in _samples.OrderBy(k => k.Key).Select(k => (k.Key, k.Value.Order().ToArray())).Append(("All", _samples.Values.SelectMany(v => v).Order().ToArray())))
        {
            output.WriteLine($"| {kind} | {values.Length} | {values.Length / duration.TotalSeconds:0.0} | {Percentile(values, 50):0.0} | {Percentile(values, 95):0.0} | {Percentile(values, 99):0.0} | {values[^1]:0.0} |");
        }
    }

    private static double Percentile(double[] sorted, double percent) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(percent / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
