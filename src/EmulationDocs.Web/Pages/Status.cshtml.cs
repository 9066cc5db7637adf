using EmulationDocs.Web.Features.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages;

/// <summary>The page shown for an error status of a page request (not found, forbidden…), in Vietnamese.</summary>
[AllowAnonymous]
// A re-executed POST carries the refused request's form, which must not be read again.
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    /// <summary>From the route, not a handler argument: a refused POST is re-executed as a POST, and no OnPost exists here.</summary>
    public int Code => RouteData.Values["code"] is string code && int.TryParse(code, out var value) ? value : 500;

    public string Heading => Code switch
    {
        404 => "Không tìm thấy",
        403 => "Không được phép",
        400 => "Yêu cầu không hợp lệ",
        413 => "Tệp quá lớn",
        429 => "Quá nhiều yêu cầu",
        _ => "Có lỗi xảy ra",
    };

    public string Explanation => Code switch
    {
        404 => "Trang hoặc văn bản này không tồn tại, hoặc không thuộc đơn vị của bạn.",
        403 => "Bạn không được giao việc này.",
        400 => "Yêu cầu gửi lên không hợp lệ (có thể trang đã cũ); hãy tải lại trang và thử lại.",
        413 => HttpContext.Items[RequestSizeGuard.LimitItem] is long limit
            ? RequestSizeGuard.Message(limit)
            : "Dữ liệu gửi lên quá lớn. Không có gì được lưu.",
        429 => Features.Account.SignInThrottling.Message,
        _ => "Hãy thử lại sau ít phút.",
    };
}
