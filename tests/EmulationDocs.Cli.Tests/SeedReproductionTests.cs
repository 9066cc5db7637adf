using EmulationDocs.Cli.Tests.Support;
using EmulationDocs.Testing;
using Xunit.Abstractions;

namespace EmulationDocs.Cli.Tests;

/// <summary>
/// The seed samples reproduce the real documents: the seed's words (text extracted from its PDF)
/// appear in order in the rendered document. The sample author's intentional edits (seed 004:
/// "Lưu ./." → "Lưu: VT", "huyện}" → "huyện (để báo cáo)") only add words, so they cost nothing here;
/// anything else missing is printed with its context so the sample or the template can be fixed.
/// </summary>
[Collection(RenderedSamplesCollection.Name)]
public sealed class SeedReproductionTests(RenderedSamples rendered, ITestOutputHelper output)
{
    private const double RequiredCoverage = 0.99;

    [Theory]
    [MemberData(nameof(Samples.Seeds), MemberType = typeof(Samples))]
    public void Seed_words_appear_in_order_in_the_rendered_document(string seedSample)
    {
        var seedPath = Samples.SeedTextPath(seedSample);
        var seedWords = Words.OfSeed(File.ReadAllText(seedPath));
        var documentWords = Words.Of(string.Join('\n', WordFile.Paragraphs(rendered.DocxOf(seedSample))));

        var alignment = WordAlignment.Align(seedWords, documentWords);

        output.WriteLine($"{seedSample} ({Path.GetFileName(seedPath)}): {alignment.Matched} of {seedWords.Count} seed words in order, coverage {alignment.Coverage:P2}");
        output.WriteLine(alignment.DescribeMisses());
        Assert.True(alignment.Coverage >= RequiredCoverage,
            $"{seedSample}: only {alignment.Coverage:P2} of the seed's words appear in order (need {RequiredCoverage:P0}).\n{alignment.DescribeMisses()}");
    }
}
