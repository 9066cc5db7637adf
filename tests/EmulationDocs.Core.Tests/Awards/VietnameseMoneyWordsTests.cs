using EmulationDocs.Core.Awards;

namespace EmulationDocs.Core.Tests.Awards;

public sealed class VietnameseMoneyWordsTests
{
    [Theory]
    [InlineData(0, "Không đồng")]
    [InlineData(1_000_000, "Một triệu đồng")]
    [InlineData(1_005_000, "Một triệu không trăm linh năm nghìn đồng")]
    [InlineData(2_340_000, "Hai triệu ba trăm bốn mươi nghìn đồng")]
    [InlineData(15, "Mười lăm đồng")]
    [InlineData(105, "Một trăm linh năm đồng")]
    [InlineData(1_000_000_000, "Một tỷ đồng")]
    public void Amounts_read_as_decisions_print_them(long amount, string words) => Assert.Equal(words, VietnameseMoneyWords.Of(amount));

    [Theory]
    [InlineData(1, "một")]
    [InlineData(5, "năm")]
    [InlineData(10, "mười")]
    [InlineData(11, "mười một")]
    [InlineData(21, "hai mươi mốt")]
    [InlineData(25, "hai mươi lăm")]
    [InlineData(20, "hai mươi")]
    [InlineData(101, "một trăm linh một")]
    [InlineData(110, "một trăm mười")]
    [InlineData(115, "một trăm mười lăm")]
    [InlineData(1_001, "một nghìn không trăm linh một")]
    [InlineData(1_010, "một nghìn không trăm mười")]
    [InlineData(1_000_005, "một triệu không trăm linh năm")]
    [InlineData(1_200_000, "một triệu hai trăm nghìn")]
    [InlineData(45_150_000, "bốn mươi lăm triệu một trăm năm mươi nghìn")]
    [InlineData(2_000_001_000, "hai tỷ không trăm linh một nghìn")]
    [InlineData(1_000_000_000_000, "một nghìn tỷ")]
    public void Mot_lam_linh_muoi_follow_the_reading_rules(long number, string words) => Assert.Equal(words, VietnameseMoneyWords.Number(number));

    [Fact]
    public void A_negative_amount_is_refused() => Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseMoneyWords.Of(-1));
}
