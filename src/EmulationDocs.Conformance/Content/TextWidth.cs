using System.Text;

namespace EmulationDocs.Conformance.Content;

/// <summary>Estimates how wide a line of text is printed in Times New Roman, so that the lines drawn
/// under header and title texts can be compared with them. The widths are those of Times New Roman
/// (and its metric twin Liberation Serif) for printable ASCII; a Vietnamese letter takes the width
/// of its base letter, which is close enough for a comparison with tolerance.</summary>
internal static class TextWidth
{
    // Advance widths in thousandths of an em, characters 32 (space) to 126 (~).
    private static readonly short[] Regular =
    [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500,
        500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722,
        722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333,
        278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ];

    private static readonly short[] Bold =
    [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500,
        500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778,
        778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333,
        278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500,
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
    ];

    private const int OtherCharacter = 500;
    private const int DashWidth = 500;
    private const int EmDashWidth = 1000;

    /// <summary>Width in twips of <paramref name="text"/> at <paramref name="points"/>.</summary>
    public static double Twips(string text, double points, bool bold)
    {
        var widths = bold ? Bold : Regular;
        var thousandths = 0;
        foreach (var character in text)
        {
            thousandths += WidthOf(character, widths);
        }

        // 20 twips a point; the widths are per 1000 units of the em (the font size).
        return thousandths * points * 20 / 1000.0;
    }

    private static int WidthOf(char character, short[] widths)
    {
        var letter = BaseLetter(character);
        return letter switch
        {
            >= ' ' and <= '~' => widths[letter - ' '],
            '–' => DashWidth,
            '—' => EmDashWidth,
            _ when char.IsWhiteSpace(letter) => widths[0],
            _ => OtherCharacter,
        };
    }

    /// <summary>"ộ" → "o", "Đ" → "D": the letter without its diacritics.</summary>
    private static char BaseLetter(char character) => character switch
    {
        'đ' => 'd',
        'Đ' => 'D',
        <= '~' => character,
        _ => character.ToString().Normalize(NormalizationForm.FormD)[0],
    };
}
