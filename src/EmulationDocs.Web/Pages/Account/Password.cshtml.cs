using EmulationDocs.Core.Organisation;
using EmulationDocs.Web.Features.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Account;

/// <summary>Đổi mật khẩu: the user's own password (the current one, the new one twice); required after a reset by an administrator.</summary>
public sealed class PasswordModel(AccountService accounts) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    public string? NewPassword { get; set; }

    [BindProperty]
    public string? Confirmation { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool MustChange => User.HasClaim(AccountService.MustChangePasswordClaim, "true");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var principal = await accounts.ChangePasswordAsync(User, CurrentPassword, NewPassword, Confirmation, AuthenticationSetup.Cookie, ct);
            // Every earlier session ended with the old stamp; this browser continues with the new one.
            await HttpContext.SignInAsync(AuthenticationSetup.Cookie, principal);
        }
        catch (OrganisationException ex)
        {
            Errors = ex.UserMessage.Split('\n');
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        TempData["Notice"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.";
        return Redirect("/");
    }
}
