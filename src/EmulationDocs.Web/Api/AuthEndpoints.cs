using EmulationDocs.Web.Features.Account;

namespace EmulationDocs.Web.Api;

public sealed record TokenRequest(string User, string Password);

public static class AuthEndpoints
{
    /// <summary><c>POST /api/auth/token</c>: user id and password for a bearer token (ASP.NET Core's bearer token format).</summary>
    public static RouteGroupBuilder MapAuthEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/auth/token", async (TokenRequest request, AccountService accounts, CancellationToken ct) =>
                await accounts.SignInPrincipalAsync(request.User, request.Password, AuthenticationSetup.Bearer, ct) is { } principal
                    ? Results.SignIn(principal, authenticationScheme: AuthenticationSetup.Bearer)
                    : Results.Problem(detail: "Tên đăng nhập hoặc mật khẩu không đúng.", statusCode: StatusCodes.Status401Unauthorized))
            .AllowAnonymous()
            .WithName("CreateToken")
            .WithSummary("Issues a bearer token for a user id and password.");
        return api;
    }
}
