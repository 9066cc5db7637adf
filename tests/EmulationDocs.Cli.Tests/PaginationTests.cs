using System.Text.RegularExpressions;
using EmulationDocs.Cli.Tests.Support;

namespace EmulationDocs.Cli.Tests;

/// <summary>
/// The pages of every sample as LibreOffice lays them out (pdftotext of its PDF): what a registry
/// clerk sees before signing.
/// </summary>
[Collection(RenderedSamplesCollection.Name)]
public sealed partial class PaginationTests(RenderedSamples rendered)
{
    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void The_closing_block_shares_its_page_with_the_end_of_the_body(string sample)
    {
        var pages = rendered.PagesOf(sample);
        var closing = pages.Single(page => page.Any(line => line.StartsWith("Nơi nhận:", StringComparison.Ordinal)));
        // Every body ends with "./.": the page of "Nơi nhận" must carry at least that last line.
        Assert.True(closing.Any(line => line.Contains("./.", StringComparison.Ordinal)),
            $"{sample}: the closing block stands on page {pages.ToList().IndexOf(closing) + 1} without body text:\n{string.Join('\n', closing)}");
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void No_page_is_blank(string sample)
    {
        var pages = rendered.PagesOf(sample);
        var blank = pages.Select((page, index) => (page, number: index + 1)).Where(p => p.page.All(line => PageNumber().IsMatch(line))).Select(p => p.number);
        Assert.Empty(blank);
    }

    [Theory]
    [MemberData(nameof(Samples.All), MemberType = typeof(Samples))]
    public void No_heading_stands_at_the_foot_of_a_page(string sample)
    {
        var headings = HeadingLine().Matches((string?)Samples.DataOf(sample)["body"] ?? "").Select(match => match.Groups[1].Value.Trim()).ToList();
        var pages = rendered.PagesOf(sample);
        var stranded = pages.SkipLast(1)
            .Select((page, index) => (foot: page[^1], number: index + 1))
            // A heading's first line at the foot of a page is as stranded as the whole of it.
            .Where(p => headings.Any(heading => heading.StartsWith(p.foot, StringComparison.Ordinal) || heading == p.foot))
            .Select(p => $"page {p.number}: {p.foot}");
        Assert.Empty(stranded);
    }

    [Theory]
    [InlineData("award-decision", "DANH SÁCH KHEN THƯỞNG", "(Kèm theo Quyết định số 2865/QĐ-UBND ngày 25 tháng 12 năm 2024 của Chủ tịch Ủy ban nhân dân huyện Trực Ninh)")]
    [InlineData("award-submission", "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", "(Kèm theo Tờ trình số 45/TTr-NV ngày 12 tháng 12 năm 2024 của Phòng Nội vụ huyện Trực Ninh)")]
    [InlineData("seed-003", "BIỂU SỐ LIỆU CHỦ YẾU", "(Kèm theo Báo cáo số 98/BC-UBND ngày 24 tháng 12 năm 2021)")]
    public void An_attached_list_starts_a_new_page_numbered_on_its_own_and_repeats_its_table_heading(string sample, string title, string note)
    {
        var pages = rendered.PagesOf(sample);
        var first = pages.ToList().FindIndex(page => page.Contains(title));
        Assert.True(first > 0, $"{sample}: no page holds \"{title}\".");
        // The annex's first page has no number, like a document's first page; it begins with the title.
        Assert.Equal(title, pages[first][0]);
        Assert.Contains(note, string.Join(' ', pages[first]), StringComparison.Ordinal);
        for (var index = first + 1; index < pages.Count; index++)
        {
            Assert.Equal((index - first + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), pages[index][0]);
            // The table's heading row repeats under the page number (or under a group heading that begins the page).
            var top = GroupHeading().IsMatch(pages[index][1]) ? 2 : 1;
            Assert.StartsWith("STT", pages[index][top], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_vote_table_of_the_minutes_splits_no_word()
    {
        var words = rendered.PagesOf("council-minutes").SelectMany(page => page).SelectMany(line => line.Split(' ')).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("STT", words);
        // Pieces of "STT", "Không", "Đồng", "Danh" that a column too narrow for them leaves on their own.
        Assert.DoesNotContain(words, word => word is "ST" or "Khôn" or "Đồn" or "Dan" or "g");
    }

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"^\d+$")]
    private static partial Regex PageNumber();

    /// <summary>Headings as clerks type them: a paragraph bold throughout.</summary>
    [GeneratedRegex(@"^\*\*([^*]+)\*\*\s*$", RegexOptions.Multiline)]
    private static partial Regex HeadingLine();
}
