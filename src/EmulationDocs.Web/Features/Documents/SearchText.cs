using System.Globalization;
using System.Text;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>
/// Matching as a clerk types a search: case and diacritics ignored, so "chi thi" finds "Chỉ thị" and "dong chi" finds
/// "đồng chí" (typing without Vietnamese input is common), while "Chỉ thị" still finds only itself and its unmarked form.
/// </summary>
public static class SearchText
{
    public static bool Matches(string term, params IEnumerable<string?> texts)
    {
        var folded = Fold(term);
        return folded.Length == 0 || texts.Any(t => t is not null && Fold(t).Contains(folded, StringComparison.Ordinal));
    }

    public static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            result.Append(c == 'đ' ? 'd' : c);
        }
        return result.ToString();
    }
}
