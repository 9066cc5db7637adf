using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace EmulationDocs.Web.Features.Account;

/// <summary>
/// Cookies for the pages, bearer tokens for API clients. A policy scheme picks per request, so the API accepts either
/// (a signed-in browser may call it too) and pages never see a bearer challenge. Both carry the account's security
/// stamp, compared with the database on every request: logout, a new password or a revoked role ends them at once.
/// </summary>
public static class AuthenticationSetup
{
    public const string Smart = "cookie-or-bearer";
    public const string Bearer = BearerTokenDefaults.AuthenticationScheme;
    public const string Cookie = CookieAuthenticationDefaults.AuthenticationScheme;

    public static IServiceCollection AddAuthenticationSchemes(this IServiceCollection services, IHostEnvironment environment)
    {
        // Outside Development the session and antiforgery cookies travel over HTTPS only.
        var secure = environment.IsDevelopment() || environment.IsEnvironment("Testing") ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = secure);
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = secure);
        services.AddAuthentication(Smart)
            .AddPolicyScheme(Smart, Smart, options =>
                options.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? Bearer : Cookie)
            .AddCookie(Cookie, options =>
            {
                options.LoginPath = "/Account/Login";
                options.LogoutPath = "/Account/Logout";
                options.Cookie.Name = "emulationdocs";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = secure;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // An API call without a session gets a status code, not a redirect to an HTML login page.
                options.Events.OnRedirectToLogin = context => RedirectOrStatus(context.Request, context.Response, context.RedirectUri, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context.Request, context.Response, context.RedirectUri, StatusCodes.Status403Forbidden);
                options.Events.OnValidatePrincipal = async context =>
                {
                    if (await Accounts(context.HttpContext).IsCurrentAsync(context.Principal, context.HttpContext.RequestAborted)) return;
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(Cookie);
                };
            })
            .AddBearerToken(Bearer, options =>
            {
                options.BearerTokenExpiration = TimeSpan.FromHours(8);
                // The handler has no event after it reads the token, so the stamp is checked on the token read here the same way.
                options.Events.OnMessageReceived = async context =>
                {
                    var header = context.Request.Headers.Authorization.ToString();
                    if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return;
                    if (context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim()) is not { } ticket) return;
                    if (!await Accounts(context.HttpContext).IsCurrentAsync(ticket.Principal, context.HttpContext.RequestAborted))
                        context.Fail("The token's session has ended (signed out, new password or revoked role).");
                };
            });
        return services;
    }

    private static AccountService Accounts(HttpContext context) => context.RequestServices.GetRequiredService<AccountService>();

    private static Task RedirectOrStatus(HttpRequest request, HttpResponse response, string redirectUri, int status)
    {
        if (request.Path.StartsWithSegments("/api")) response.StatusCode = status;
        else response.Redirect(redirectUri);
        return Task.CompletedTask;
    }
}
