using System.Globalization;
using EmulationDocs.Templating.Rendering;
using HandlebarsDotNet;

namespace EmulationDocs.Templating.Formatting;

/// <summary>Reads helper arguments as the types the helpers need, with errors a clerk can act on.</summary>
internal static class ArgumentValues
{
    /// <summary>True when the value is absent (allowed missing, or null in the data): helpers render nothing.</summary>
    public static bool IsEmpty(object? value) => value is null or UndefinedBindingResult || value is string { Length: 0 };

    public static decimal ToDecimal(object? value, string helper) => value switch
    {
        long l => l,
        int i => i,
        decimal d => d,
        double d => (decimal)d,
        string s when decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => throw Invalid(helper, value, "một số", "a number"),
    };

    public static long ToInteger(object? value, string helper)
    {
        var number = ToDecimal(value, helper);
        if (number != decimal.Truncate(number)) throw Invalid(helper, value, "một số nguyên", "an integer");
        return (long)number;
    }

    public static DateOnly ToDate(object? value, string helper)
    {
        if (value is string s)
        {
            s = s.Trim();
            if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment)) return DateOnly.FromDateTime(moment.Date);
        }
        throw Invalid(helper, value, "một ngày dạng yyyy-MM-dd", "an ISO date (yyyy-MM-dd)");
    }

    private static RenderException Invalid(string helper, object? value, string expectedVi, string expectedEn) =>
        new($"{helper}: '{value}' is not {expectedEn}.", $"Hàm {helper}: giá trị '{value}' không phải là {expectedVi}.");
}
