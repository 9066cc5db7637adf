using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EmulationDocs.Web.Features.Account;

/// <summary>
/// ASP.NET Core's rate limiter on the two sign-in requests (the login form's POST and <c>POST /api/auth/token</c>), per
/// client address: <c>Accounts:SignInLimit:PermitLimit</c> attempts per <c>Accounts:SignInLimit:Window</c>. Guessing one
/// account is stopped by the lockout counter; this stops guessing across many accounts from one address.
/// </summary>
public static class SignInThrottling
{
    public const string Message = "Có quá nhiều lần đăng nhập từ địa chỉ của bạn. Hãy đợi ít phút rồi thử lại.";

    public static IServiceCollection AddSignInThrottling(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = configuration.GetValue("Accounts:SignInLimit:PermitLimit", 60);
        var window = configuration.GetValue("Accounts:SignInLimit:Window", TimeSpan.FromMinutes(1));
        services.AddRateLimiter(options =>
        {
            // Partitions are cached by key, so the unlimited partition's key must never equal an address's.
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => IsSignIn(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter("sign-in " + context.Connection.RemoteIpAddress,
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("other"));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = OnRejectedAsync;
        });
        return services;
    }

    private static bool IsSignIn(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && (request.Path.Equals("/Account/Login", StringComparison.OrdinalIgnoreCase) || request.Path.Equals("/api/auth/token", StringComparison.OrdinalIgnoreCase));

    private static async ValueTask OnRejectedAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            http.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        // Pages get the Vietnamese status page (status code pages re-execute /Status/429); the API a problem detail.
        if (http.Request.Path.StartsWithSegments("/api"))
            await Results.Problem(detail: Message, statusCode: StatusCodes.Status429TooManyRequests, title: "Quá nhiều yêu cầu").ExecuteAsync(http);
    }
}
