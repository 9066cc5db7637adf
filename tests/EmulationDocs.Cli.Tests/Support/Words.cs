using System.Text;
using System.Text.RegularExpressions;

namespace EmulationDocs.Cli.Tests.Support;

/// <summary>Splits text into words for comparing a seed's text with a rendered document's: runs of
/// Unicode letters and digits (NFC), case kept, so punctuation and layout never count.</summary>
public static partial class Words
{
    public static IReadOnlyList<string> Of(string text) =>
        WordPattern().Matches(Normalize(text)).Select(m => m.Value).ToList();

    /// <summary>The words of a seed text, without the lines that are only a page number (PDF extraction keeps them).</summary>
    public static IReadOnlyList<string> OfSeed(string seedText) =>
        Of(string.Join('\n', seedText.Split('\n').Where(line => !PageNumberLine().IsMatch(line))));

    // PDF extraction sometimes yields the Icelandic eth 'Ð' (U+00D0) where the document has 'Đ' (U+0110); they look identical.
    private static string Normalize(string text) => text.Normalize(NormalizationForm.FormC).Replace('\u00D0', '\u0110');

    [GeneratedRegex(@"[\p{L}\p{M}\p{Nd}]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^\s*\d+\s*$")]
    private static partial Regex PageNumberLine();
}
