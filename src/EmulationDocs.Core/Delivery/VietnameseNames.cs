using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// Compares unit names as clerks write them in Nơi nhận: case, spacing, trailing punctuation, a
/// trailing note in brackets ("(để b/c)"), the abbreviation "UBND", and the old and new placement
/// of tone marks ("Uỷ"/"Ủy", "hoà"/"hòa") do not matter. Tones themselves do ("Đại" ≠ "Đài"): each
/// word keeps its letters and its tone, only the tone's position is forgotten.
/// </summary>
internal static partial class VietnameseNames
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Combining tone marks (grave, acute, tilde, hook above, dot below); vowel marks (â, ă, ơ) are letters, not tones.</summary>
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    public static string Key(string name)
    {
        var text = TrailingNote().Replace(name.Trim(), "");
        text = text.Trim().TrimEnd(';', ',', '.', ':').Trim().ToLower(Vietnamese);
        var words = Spaces().Split(text).Where(w => w.Length > 0).Select(w => w == "ubnd" ? "ủy ban nhân dân" : w);
        return string.Join(' ', string.Join(' ', words).Split(' ').Select(WordKey));
    }

    /// <summary>The word's letters without tone, then its tone: placement-independent, tone-sensitive.</summary>
    private static string WordKey(string word)
    {
        var letters = new StringBuilder();
        var tone = '0';
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            if (ToneMarks.Contains(c)) tone = c;
            else letters.Append(c);
        }
        return letters.ToString().Normalize(NormalizationForm.FormC) + (tone == '0' ? "" : "#" + (int)tone);
    }

    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
