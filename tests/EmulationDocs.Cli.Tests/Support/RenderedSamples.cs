using EmulationDocs.Testing;

namespace EmulationDocs.Cli.Tests.Support;

/// <summary>Every sample rendered once with <c>render --sample</c>; the tests of one collection share the files.</summary>
public sealed class RenderedSamples : IDisposable
{
    private readonly TempFolder _folder = new("samples");
    private readonly Dictionary<string, CliResult> _results;
    private readonly Lazy<IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>>> _pages;

    public RenderedSamples()
    {
        _results = Samples.Names.ToDictionary(name => name, name => CliRun.Invoke("render", "--sample", Samples.PathOf(name), "-o", DocxOf(name)));
        _pages = new(LayOut);
    }

    public string Folder => _folder.Path;

    public string DocxOf(string sample) => _folder.File(sample + ".docx");

    public CliResult RenderResult(string sample) => _results[sample];

    /// <summary>The lines of every page of the sample as LibreOffice lays it out (all samples converted in one run, once).</summary>
    public IReadOnlyList<IReadOnlyList<string>> PagesOf(string sample) => _pages.Value[sample];

    private IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> LayOut()
    {
        var folder = LibreOffice.ConvertToPdf([.. Samples.Names.Select(DocxOf)], Path.Combine(Folder, "pdf-pages"));
        return Samples.Names.ToDictionary(name => name, name => LibreOffice.PdfPages(Path.Combine(folder, name + ".pdf")));
    }

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RenderedSamplesCollection : ICollectionFixture<RenderedSamples>
{
    public const string Name = "Rendered samples";
}
