using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Core.Calendar;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>Vietnamese words for the engine's codes (statuses, history actions), shared by pages and API responses.</summary>
public static class WorkflowLabels
{
    public static string Status(InstanceStatus status) => status switch
    {
        InstanceStatus.Running => "Đang xử lý",
        InstanceStatus.Completed => "Hoàn thành",
        InstanceStatus.Rejected => "Bị từ chối",
        InstanceStatus.Withdrawn => "Đã rút",
        _ => status.ToString(),
    };

    public static string Action(string action) => TaskActions.Label(action) ?? action switch
    {
        "start" => "Khởi tạo",
        "vote-written" => "Biểu quyết bằng văn bản",
        "claim" => "Nhận xử lý",
        "release" => "Trả lại việc chung",
        "remind" => "Nhắc hạn",
        "escalate" => "Chuyển cấp trên do quá hạn",
        "signed-as" => "Ký với tư cách",
        "distribute" => "Gửi văn bản đến nơi nhận",
        "forward" => "Chuyển lên cấp trên",
        "split" => "Tách phần thuộc thẩm quyền cấp này",
        "split-from" => "Tách từ đề nghị chung",
        "aggregate" => "Tổng hợp số liệu của cấp dưới",
        HistoryActions.Revise => "Sửa nội dung văn bản",
        _ => action,
    };

    /// <summary>A contract's document kind (<c>TTr</c>, <c>BB</c>) as a common noun: "Tờ trình", "Biên bản".</summary>
    public static string DocumentKind(string kind) => kind switch
    {
        "TTr" => "Tờ trình",
        "BB" => "Biên bản",
        "QĐ" => "Quyết định",
        "CT" => "Chỉ thị",
        "CV" => "Công văn",
        "KH" => "Kế hoạch",
        "BC" => "Báo cáo",
        _ => "Văn bản",
    };

    /// <summary>Dates shown in Vietnam time (UTC+7, no daylight saving), the way officials read them.</summary>
    public static string Time(DateTime utc) => VietnamTime.FromUtc(utc).ToString("dd/MM/yyyy HH:mm");
}
