using EmulationDocs.Web.Features.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Account;

/// <summary>
/// POST only (with the antiforgery token): a link or image elsewhere cannot sign the user out. Signing out ends every
/// session and token of the account, not only this cookie (a copied cookie must not outlive the logout).
/// </summary>
public sealed class LogoutModel(AccountService accounts) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await accounts.SignOutEverywhereAsync(User, ct);
        await HttpContext.SignOutAsync(AuthenticationSetup.Cookie);
        return Redirect("/Account/Login");
    }
}
