using System.Text;
using EmulationDocs.Core.Search;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>
/// The file name a downloaded version gets: the kind of document in Vietnamese without diacritics, then its number once
/// issued (<c>Chi-thi-01-CT-UBND.docx</c>) or the version before (<c>Chi-thi-ban-3.docx</c>). Plain ASCII, so every
/// mail client, browser and file system keeps it as it is.
/// </summary>
public static class DownloadName
{
    public static string Of(string kindName, int version, string? reference) =>
        Ascii(reference is { Length: > 0 } number ? $"{kindName} {number}" : $"{kindName} bản {version}") + ".docx";

    private static string Ascii(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var letter in SearchFolding.WithoutDiacritics(text))
        {
            if (char.IsAsciiLetterOrDigit(letter)) result.Append(letter);
            else if (result.Length > 0 && result[^1] != '-') result.Append('-');
        }
        return result.ToString().TrimEnd('-');
    }
}
