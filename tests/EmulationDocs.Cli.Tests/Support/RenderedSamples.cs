namespace EmulationDocs.Cli.Tests.Support;

/// <summary>Every sample rendered once with <c>render --sample</c>; the tests of one collection share the files.</summary>
public sealed class RenderedSamples : IDisposable
{
    private readonly TempFolder _folder = new("samples");
    private readonly Dictionary<string, CliResult> _results;

    public RenderedSamples()
    {
        _results = Samples.Names.ToDictionary(name => name, name => CliRun.Invoke("render", "--sample", Samples.PathOf(name), "-o", DocxOf(name)));
    }

    public string Folder => _folder.Path;

    public string DocxOf(string sample) => _folder.File(sample + ".docx");

    public CliResult RenderResult(string sample) => _results[sample];

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RenderedSamplesCollection : ICollectionFixture<RenderedSamples>
{
    public const string Name = "Rendered samples";
}
