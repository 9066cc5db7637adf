using EmulationDocs.Core.Persistence;
using EmulationDocs.Web.Features.Account;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmulationDocs.Web.Pages.Account;

public sealed class LoginModel(AccountService accounts, DatabaseFactory database) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public string? UserId { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public string? Error { get; private set; }

    /// <summary>True on a fresh installation: the page tells the operator how to create the first administrator.</summary>
    public bool HasNoUsers { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await using var context = database.Create();
        HasNoUsers = !await context.Users.AnyAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await accounts.SignInPrincipalAsync(UserId, Password, AuthenticationSetup.Cookie, ct) is not { } principal)
        {
            // One message for an unknown user, a wrong password and a locked account: which one failed is not for strangers to learn.
            Error = accounts.RefusalMessage;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(AuthenticationSetup.Cookie, principal);
        if (principal.HasClaim(AccountService.MustChangePasswordClaim, "true")) return LocalRedirect(PasswordChangeGate.PasswordPage);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
