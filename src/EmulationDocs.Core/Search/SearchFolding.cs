using System.Globalization;
using System.Text;

namespace EmulationDocs.Core.Search;

/// <summary>
/// Text as a clerk's search compares it: case and diacritics ignored, so "chi thi" finds "Chỉ thị" and "dong chi" finds
/// "đồng chí" (typing without Vietnamese input is common), while "Chỉ thị" still finds only itself and its unmarked form.
/// </summary>
public static class SearchFolding
{
    public static string Fold(string text) => WithoutDiacritics(text.Trim().ToLowerInvariant());

    /// <summary>The letters without their marks (đ as d, Đ as D), case kept: "Chỉ thị" → "Chi thi".</summary>
    public static string WithoutDiacritics(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            result.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return result.ToString();
    }
}
