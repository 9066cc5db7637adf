using System.Globalization;
using System.Text;

namespace EmulationDocs.Templating.Formatting;

/// <summary>Formatting conventions of Vietnamese official documents (Decree 30 dates, "." thousands).</summary>
public static class VietnameseFormat
{
    /// <summary>
    /// <c>ngày 05 tháng 01 năm 2022</c>: days below 10 and the months 1 and 2 get a leading zero,
    /// other months do not (<c>ngày 29 tháng 6 năm 2019</c>), as Decree 30 requires.
    /// </summary>
    public static string Date(DateOnly date)
    {
        var month = date.Month <= 2 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {date.Day.ToString("00", CultureInfo.InvariantCulture)} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary><c>1356</c> → <c>1.356</c>; <c>1356.5</c> → <c>1.356,5</c>.</summary>
    public static string Number(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        var whole = dot < 0 ? text : text[..dot];
        var builder = new StringBuilder();
        if (value < 0) builder.Append('-');
        for (int i = 0; i < whole.Length; i++)
        {
            if (i > 0 && (whole.Length - i) % 3 == 0) builder.Append('.');
            builder.Append(whole[i]);
        }
        if (dot >= 0) builder.Append(',').Append(text.AsSpan(dot + 1));
        return builder.ToString();
    }

    /// <summary>Upper case that keeps Vietnamese diacritics (<c>Ủy ban</c> → <c>ỦY BAN</c>).</summary>
    public static string Upper(string text) => text.Normalize(NormalizationForm.FormC).ToUpperInvariant();

    /// <summary>At least two digits: 5 → 05, 112 → 112.</summary>
    public static string Pad2(long value) => value.ToString("00", CultureInfo.InvariantCulture);
}
