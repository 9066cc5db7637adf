namespace EmulationDocs.Web.Features.Account;

/// <summary>
/// A user whose password an administrator reset can do nothing but choose their own: pages send them to
/// <see cref="PasswordPage"/>, the API answers 403.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string PasswordPage = "/Account/Password";

    public const string Detail = "Mật khẩu của bạn vừa được quản trị viên đặt lại. Hãy đổi mật khẩu (POST /api/account/password) trước khi tiếp tục.";

    private static readonly PathString[] Allowed =
        [PasswordPage, "/Account/Logout", "/api/account/password", "/api/auth", "/Status", "/Error", "/health"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.User.HasClaim(AccountService.MustChangePasswordClaim, "true") || Allowed.Any(p => context.Request.Path.StartsWithSegments(p)))
        {
            await next(context);
            return;
        }
        if (context.Request.Path.StartsWithSegments("/api"))
            await Results.Problem(detail: Detail, statusCode: StatusCodes.Status403Forbidden, title: "Cần đổi mật khẩu").ExecuteAsync(context);
        else
            context.Response.Redirect(PasswordPage);
    }
}
