using System.Globalization;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Organisation;

namespace EmulationDocs.Core.Delivery;

/// <summary>
/// The Vietnamese subject, body and attachment names of an issued document's e-mail, e.g.
/// <c>[UBND huyện Trực Ninh] Chỉ thị số 05/CT-UBND ngày 05/01/2022 về việc phát động thi đua năm 2022</c>.
/// </summary>
public static class DeliveryMessageText
{
    /// <summary>Document kinds by the abbreviation in the symbol (Decree 30, Appendix III); a symbol without one is a công văn.</summary>
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["NQ"] = "Nghị quyết", ["QĐ"] = "Quyết định", ["CT"] = "Chỉ thị", ["QC"] = "Quy chế", ["QyĐ"] = "Quy định", ["TB"] = "Thông báo",
        ["HD"] = "Hướng dẫn", ["CTr"] = "Chương trình", ["KH"] = "Kế hoạch", ["PA"] = "Phương án", ["ĐA"] = "Đề án", ["BC"] = "Báo cáo",
        ["BB"] = "Biên bản", ["TTr"] = "Tờ trình", ["HĐ"] = "Hợp đồng", ["CĐ"] = "Công điện", ["GM"] = "Giấy mời",
    };

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <param name="reference">Number and symbol, e.g. <c>05/CT-UBND</c>.</param>
    public static string Subject(OrgUnit issuer, string reference, JsonObject data)
    {
        var date = IssuedDate(data) is { } d ? $" ngày {d:dd/MM/yyyy}" : "";
        var summary = About((string?)data["summary"]);
        return $"[{ShortName(issuer.Name)}] {Kind(reference)} số {reference}{date}{summary}";
    }

    public static string Body(OrgUnit issuer, OrgUnit recipient, string reference, JsonObject data)
    {
        var date = IssuedDate(data) is { } d ? $" ngày {d:dd/MM/yyyy}" : "";
        return $"Kính gửi: {recipient.Name}\r\n\r\n" +
               $"{issuer.Name} gửi {Kind(reference).ToLower(Vietnamese)} số {reference}{date}{About((string?)data["summary"])}.\r\n" +
               "Văn bản đính kèm thư này: tệp Word (.docx) là bản phát hành, tệp PDF để xem và in.\r\n\r\n" +
               "Thư được gửi tự động từ hệ thống quản lý văn bản thi đua – khen thưởng; xin không trả lời thư này.\r\n";
    }

    /// <summary>"05-CT-UBND": the reference without the slash, which no file system accepts in a name.</summary>
    public static string FileName(string reference) => reference.Replace('/', '-');

    public static string Kind(string reference)
    {
        var symbol = reference.Contains('/') ? reference[(reference.IndexOf('/') + 1)..] : reference;
        var abbreviation = symbol.Split('-')[0];
        return Kinds.GetValueOrDefault(abbreviation, "Công văn");
    }

    /// <summary>"Ủy ban nhân dân huyện Trực Ninh" → "UBND huyện Trực Ninh", the way documents name bodies in running text.</summary>
    public static string ShortName(string name)
    {
        foreach (var prefix in new[] { "Ủy ban nhân dân", "Uỷ ban nhân dân" })
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return "UBND" + name[prefix.Length..];
        return name;
    }

    private static DateOnly? IssuedDate(JsonObject data) =>
        (string?)data["date"] is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>" về việc …" from the trích yếu, whether the clerk wrote "Về việc …", "V/v …" or just the matter.</summary>
    private static string About(string? summary)
    {
        if (string.IsNullOrWhiteSpace(summary)) return "";
        var text = summary.Trim().TrimEnd('.');
        if (text.StartsWith("V/v", StringComparison.OrdinalIgnoreCase)) text = "về việc" + text[3..];
        else if (text.StartsWith("về ", StringComparison.OrdinalIgnoreCase)) text = "về " + text[3..];
        else text = "về việc " + char.ToLower(text[0], Vietnamese) + text[1..];
        return " " + text;
    }
}
