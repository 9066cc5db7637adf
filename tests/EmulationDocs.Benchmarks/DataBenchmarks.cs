using System.Text.Json;
using BenchmarkDotNet.Attributes;
using EmulationDocs.Templating.Data;

namespace EmulationDocs.Benchmarks;

/// <summary>
/// Reading template data from a 100,000-row JSON (the award-list rows of <see cref="RenderBenchmarks"/>),
/// beside <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/> alone as the floor.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 15)]
public class DataBenchmarks
{
    private string _rows100000 = null!;

    [GlobalSetup]
    public void Setup() => _rows100000 = RenderBenchmarks.Rows(100_000);

    [Benchmark(Baseline = true)]
    public int JsonDocumentParse100000Rows()
    {
        using var document = JsonDocument.Parse(_rows100000);
        return document.RootElement.GetProperty("rows").GetArrayLength();
    }

    [Benchmark]
    public TemplateData FromJson100000Rows() => TemplateData.FromJson(_rows100000);
}
