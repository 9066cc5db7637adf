using System.Globalization;
using System.Text;

namespace EmulationDocs.Core.Search;

/// <summary>
/// Text as a clerk's search compares it: case and diacritics ignored, so "chi thi" finds "Chỉ thị" and "dong chi" finds
/// "đồng chí" (typing without Vietnamese input is common), while "Chỉ thị" still finds only itself and its unmarked form.
/// </summary>
public static class SearchFolding
{
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
