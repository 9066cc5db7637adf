using EmulationDocs.Cli.Tests.Support;

namespace EmulationDocs.Cli.Tests;

/// <summary>The seed comparison is only as good as its word matching, so the matcher itself is pinned down.</summary>
public sealed class WordAlignmentTests
{
    [Fact]
    public void Extra_words_in_the_document_cost_nothing()
    {
        var alignment = WordAlignment.Align(Words.Of("Nơi nhận: Phòng Nội vụ huyện} để báo cáo"), Words.Of("Nơi nhận: - Phòng Nội vụ huyện (để báo cáo);"));

        Assert.Empty(alignment.Misses);
        Assert.Equal(1.0, alignment.Coverage);
    }

    [Fact]
    public void A_misplaced_word_does_not_derail_the_rest()
    {
        // A greedy scan would match "nghị" to the last word and lose everything between.
        var alignment = WordAlignment.Align(Words.Of("đề nghị khen thưởng tập thể"), Words.Of("đề khen thưởng tập thể nghị"));

        Assert.Equal([1], alignment.Misses.Select(miss => miss.Expected));
        Assert.Equal(5, alignment.Matched);
    }

    [Fact]
    public void Seed_words_are_normalised_and_page_numbers_dropped()
    {
        var decomposed = "Ðảng ủy".Normalize(System.Text.NormalizationForm.FormD);

        Assert.Equal(["Đảng", "ủy", "năm", "2022"], Words.OfSeed($"{decomposed}\n  3  \nnăm 2022"));
    }
}
