using System.Text.RegularExpressions;

namespace EmulationDocs.Conformance.Rules.Closing;

/// <summary>The last recipient line keeps the copies: "- Lưu: VT, (drafting unit)." (Appendix I, box 9b).
/// The line itself and its colon are required; "VT" is not, because offices that keep copies in their
/// own units write it without (seed 002, a provincial document: "- Lưu: VP1, VP8.").</summary>
internal sealed partial class ArchiveLineRule : IConformanceRule
{
    public const string Id = "recipients.archive";

    public IEnumerable<ConformanceIssue> Check(ConformanceContext context)
    {
        var closing = context.Layout.Closing;
        // A missing "Nơi nhận:" is the subject of recipients.format.
        if (closing.RecipientsHeading is not { } heading)
        {
            yield break;
        }

        var archive = closing.RecipientLines.LastOrDefault(line => ArchiveStart().IsMatch(line.Text));
        if (archive is null)
        {
            yield return context.Issue(Id, closing.RecipientLines.Count > 0 ? closing.RecipientLines[^1] : heading,
                "Danh sách nơi nhận thiếu dòng cuối “- Lưu: VT, <tên viết tắt đơn vị soạn thảo>.”.");
            yield break;
        }

        if (!ReferenceEquals(archive, closing.RecipientLines[^1]))
        {
            yield return context.Issue(Id, archive, "Dòng “- Lưu: …” phải là dòng cuối cùng của danh sách nơi nhận.");
        }

        if (!ArchiveLine().IsMatch(archive.Text))
        {
            yield return context.Issue(Id, archive, $"“{archive.Text}” không đúng dạng “- Lưu: VT, <tên viết tắt đơn vị soạn thảo>.” (sau chữ “Lưu” có dấu hai chấm, tiếp theo là nơi lưu).");
        }
    }

    // "Lưu:", "Lưu VT", "Lưu ./." but not a recipient named "Lưu Văn Dương".
    [GeneratedRegex(@"^-?\s*Lưu(\s*[:.]|\s+VT\b|\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveStart();

    [GeneratedRegex(@"^-\s*Lưu:\s*\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex ArchiveLine();
}
