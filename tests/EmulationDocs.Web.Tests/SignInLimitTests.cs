using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EmulationDocs.Web.Tests;

/// <summary>ASP.NET Core's rate limiter on the sign-in requests, per client address (here three per hour).</summary>
public sealed class SignInLimitTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Sign_ins_beyond_the_limit_answer_429_in_Vietnamese_on_the_api_and_the_page()
    {
        using var host = app.WithWebHostBuilder(b => b
            .UseSetting("Accounts:SignInLimit:PermitLimit", "3")
            .UseSetting("Accounts:SignInLimit:Window", "01:00:00"));
        var client = host.CreateClient(new() { AllowAutoRedirect = false });
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var refused = await client.PostAsJsonAsync("/api/auth/token", new { user = $"nguoi.{attempt}", password = "sai-mat-khau" });
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/auth/token", new { user = "nguoi.4", password = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Contains("quá nhiều lần đăng nhập", (await limited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.True(limited.Headers.RetryAfter is not null);

        // The login page itself still loads; its POST shares the address's limit.
        var page = await WebAppFactory.PostFormAsync(client, "/Account/Login", new() { ["userId"] = "nguoi.5", ["password"] = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Quá nhiều yêu cầu", html);
        Assert.Contains("quá nhiều lần đăng nhập", html);
    }
}
