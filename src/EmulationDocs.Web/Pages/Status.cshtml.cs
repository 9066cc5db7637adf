using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages;

/// <summary>The page shown for an error status of a page request (not found, forbidden…), in Vietnamese.</summary>
[AllowAnonymous]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public string Heading => Code switch
    {
        404 => "Không tìm thấy",
        403 => "Không được phép",
        400 => "Yêu cầu không hợp lệ",
        _ => "Có lỗi xảy ra",
    };

    public string Explanation => Code switch
    {
        404 => "Trang hoặc văn bản này không tồn tại, hoặc không thuộc đơn vị của bạn.",
        403 => "Bạn không được giao việc này.",
        400 => "Yêu cầu gửi lên không hợp lệ (có thể trang đã cũ); hãy tải lại trang và thử lại.",
        _ => "Hãy thử lại sau ít phút.",
    };

    public void OnGet(int code) => Code = code;
}
