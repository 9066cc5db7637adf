using EmulationDocs.Core.Organisation;
using EmulationDocs.Web.Features.Account;

namespace EmulationDocs.Web.Api;

public sealed record TokenRequest(string User, string Password);

public sealed record PasswordChangeRequest(string CurrentPassword, string NewPassword);

public static class AuthEndpoints
{
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (TokenRequest request, AccountService accounts, CancellationToken ct) =>
                await accounts.SignInPrincipalAsync(request.User, request.Password, AuthenticationSetup.Bearer, ct) is { } principal
                    ? Results.SignIn(principal, authenticationScheme: AuthenticationSetup.Bearer)
                    : Results.Problem(detail: accounts.RefusalMessage, statusCode: StatusCodes.Status401Unauthorized))
            .AllowAnonymous()
            .WithName("CreateToken")
            .WithSummary("Issues a bearer token for a user id and password (ASP.NET Core's bearer token format); throttled per client address.");
        api.MapPost("/auth/logout", async (HttpContext context, AccountService accounts, CancellationToken ct) =>
            {
                await accounts.SignOutEverywhereAsync(context.User, ct);
                return Results.NoContent();
            })
            .WithName("Logout")
            .WithSummary("Ends every token and cookie session of the caller's account.");
        api.MapPost("/account/password", async (PasswordChangeRequest request, HttpContext context, AccountService accounts, CancellationToken ct) =>
            {
                try
                {
                    await accounts.ChangePasswordAsync(context.User, request.CurrentPassword, request.NewPassword, request.NewPassword, AuthenticationSetup.Bearer, ct);
                }
                catch (OrganisationException ex)
                {
                    return Results.Problem(detail: ex.UserMessage, statusCode: StatusCodes.Status400BadRequest, title: "Yêu cầu không hợp lệ",
                        extensions: new Dictionary<string, object?> { ["errors"] = ex.UserMessage.Split('\n') });
                }
                return Results.NoContent();
            })
            .WithName("ChangePassword")
            .WithSummary("Changes the caller's own password; every existing token and cookie of the account ends (sign in again for a new token).");
        return api;
    }
}
