using System.Globalization;

namespace EmulationDocs.Conformance.Content;

/// <summary>Numbers in user messages are written the Vietnamese way: decimal comma ("1,27 cm").</summary>
internal static class VietnameseNumber
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>At most two decimals, none when whole: 20, 12,5, 1,27.</summary>
    public static string Format(double value) => Math.Round(value, 2).ToString("0.##", Culture);
}
