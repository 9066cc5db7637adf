namespace EmulationDocs.Core.Awards;

/// <summary>
/// An amount of đồng in Vietnamese words, as decisions print it after "Bằng chữ:": 2,340,000 is "Hai triệu ba trăm bốn
/// mươi nghìn đồng". Groups of three digits read with "trăm", "mươi"/"mười", "linh" for a missing ten, "mốt" and "lăm"
/// after a ten, "không trăm" inside a number; groups of zeros are left out.
/// </summary>
public static class VietnameseMoneyWords
{
    private static readonly string[] Digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];
    private static readonly string[] Groups = ["", "nghìn", "triệu"];

    /// <summary>"Hai triệu ba trăm bốn mươi nghìn đồng"; "Không đồng" for 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount.</exception>
    public static string Of(long amount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        var words = Number(amount);
        return char.ToUpperInvariant(words[0]) + words[1..] + " đồng";
    }

    /// <summary>The number in words, lower case: "một trăm linh năm".</summary>
    public static string Number(long number)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        return number == 0 ? Digits[0] : string.Join(' ', Words(number, leading: true));
    }

    // Above 999,999,999 the billions (tỷ) are read as a number of their own, so 10^12 is "một nghìn tỷ".
    private static List<string> Words(long number, bool leading)
    {
        var words = new List<string>();
        var billions = number / 1_000_000_000;
        var rest = number % 1_000_000_000;
        if (billions > 0)
        {
            words.AddRange(Words(billions, leading));
            words.Add("tỷ");
            leading = false;
        }
        for (var group = 2; group >= 0; group--)
        {
            var scale = group switch { 2 => 1_000_000L, 1 => 1_000L, _ => 1L };
            var triple = (int)(rest / scale % 1000);
            if (triple == 0) continue;
            words.AddRange(Triple(triple, leading));
            if (Groups[group].Length > 0) words.Add(Groups[group]);
            leading = false;
        }
        return words;
    }

    /// <param name="leading">The first group of the number: no "không trăm" or "linh" before its first digit.</param>
    private static IEnumerable<string> Triple(int triple, bool leading)
    {
        var (hundreds, tens, units) = (triple / 100, triple / 10 % 10, triple % 10);
        if (hundreds > 0 || !leading)
        {
            yield return Digits[hundreds];
            yield return "trăm";
        }
        switch (tens)
        {
            case 0 when units > 0 && (hundreds > 0 || !leading):
                yield return "linh";
                break;
            case 1:
                yield return "mười";
                break;
            case > 1:
                yield return Digits[tens];
                yield return "mươi";
                break;
        }
        if (units == 0) yield break;
        yield return units switch
        {
            1 when tens > 1 => "mốt",
            5 when tens > 0 => "lăm",
            _ => Digits[units],
        };
    }
}
