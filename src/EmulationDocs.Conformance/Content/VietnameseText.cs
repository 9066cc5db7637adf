using System.Text;

namespace EmulationDocs.Conformance.Content;

/// <summary>Text comparisons that tolerate what Word and Vietnamese keyboards produce: decomposed
/// diacritics (NFD from some input methods), non-breaking spaces, runs of spaces and tabs.</summary>
internal static class VietnameseText
{
    /// <summary>NFC, every whitespace run (tabs, no-break spaces) collapsed to one space, trimmed.</summary>
    public static string Normalize(string text)
    {
        var composed = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var character in composed)
        {
            if (char.IsWhiteSpace(character) || character == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }

    /// <summary>True when the text has letters and none of them is lower case.</summary>
    public static bool IsUpperCase(string text) =>
        text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>True for lines drawn with characters ("______", "-----") instead of a border or shape.</summary>
    public static bool IsDrawnLine(string text) =>
        text.Length >= 3 && text.All(character => character is '_' or '-' or '–' or '—' or '=' or '.' or ' ');
}
