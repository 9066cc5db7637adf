using System.Globalization;
using System.Xml.Linq;
using static EmulationDocs.Templating.Compilation.WordNames;

namespace EmulationDocs.Templating.Compilation;

/// <summary>
/// The visible formatting of a run (its <c>w:rPr</c>): a key to compare runs by and a Vietnamese
/// description for the template author ("đậm, cỡ 13 pt").
/// </summary>
internal static class RunFormatting
{
    /// <summary>
    /// Properties that do not change how Latin (Vietnamese) text looks: language, proofing, and the
    /// complex-script variants Word pairs with bold, italic and size.
    /// </summary>
    private static readonly HashSet<XName> Invisible =
        [W + "lang", W + "noProof", W + "bCs", W + "iCs", W + "szCs", W + "cs", W + "rtl", W + "webHidden", W + "specVanish"];

    private static readonly Dictionary<XName, string> Toggles = new()
    {
        [W + "b"] = "đậm",
        [W + "i"] = "nghiêng",
        [W + "strike"] = "gạch ngang",
        [W + "dstrike"] = "gạch ngang đôi",
        [W + "caps"] = "chữ in hoa",
        [W + "smallCaps"] = "chữ hoa nhỏ",
        [W + "vanish"] = "ẩn",
        [W + "outline"] = "chữ viền",
        [W + "shadow"] = "chữ bóng",
        [W + "emboss"] = "chữ nổi",
        [W + "imprint"] = "chữ chìm",
    };

    /// <summary>Runs with equal keys look the same.</summary>
    public static string Key(XElement? run) =>
        string.Concat(Visible(run).Select(p => p.ToString(SaveOptions.DisableFormatting)).Order(StringComparer.Ordinal));

    public static string Describe(XElement? run)
    {
        var parts = Visible(run).Select(DescribeProperty).Distinct().ToList();
        return parts.Count == 0 ? "chữ thường" : string.Join(", ", parts);
    }

    private static IEnumerable<XElement> Visible(XElement? run) =>
        run?.Element(RunProperties)?.Elements().Where(e => !Invisible.Contains(e.Name)) ?? [];

    private static string DescribeProperty(XElement property)
    {
        var value = (string?)property.Attribute(W + "val");
        if (Toggles.TryGetValue(property.Name, out var toggle))
            return value is "0" or "false" or "off" ? "không " + toggle : toggle;
        return property.Name.LocalName switch
        {
            "u" => value == "none" ? "không gạch chân" : "gạch chân",
            "sz" when decimal.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var halfPoints) =>
                $"cỡ {(halfPoints / 2).ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"))} pt",
            "color" => value is null or "auto" ? "màu tự động" : $"màu {value}",
            "rFonts" when ((string?)property.Attribute(W + "ascii") ?? (string?)property.Attribute(W + "hAnsi")) is { } font => $"phông {font}",
            "rStyle" => "kiểu ký tự riêng",
            "highlight" or "shd" => "tô nền",
            "vertAlign" => value switch { "superscript" => "chỉ số trên", "subscript" => "chỉ số dưới", _ => "vị trí thường" },
            "spacing" => "giãn chữ",
            "position" => "nâng hoặc hạ chữ",
            _ => "định dạng khác",
        };
    }
}
