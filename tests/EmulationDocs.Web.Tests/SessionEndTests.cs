using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// Logout, a password reset, a password change and a role revocation end the account's existing cookies and bearer
/// tokens at once (the security stamp), not 8 hours later. Each test uses its own demo user.
/// </summary>
public sealed class SessionEndTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Logout_through_the_api_ends_the_token_and_the_cookie()
    {
        const string user = "vanphong.tructhang";
        var (token, browser) = await SessionsAsync(user);

        Assert.Equal(HttpStatusCode.NoContent, (await token.PostAsync("/api/auth/logout", null)).StatusCode);

        await AssertEndedAsync(token, browser);
        // Signing in again works.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ApiClientAsync(user)).GetAsync("/api/inbox")).StatusCode);
    }

    [Fact]
    public async Task Logout_on_the_page_ends_a_copy_of_the_cookie_and_the_token()
    {
        const string user = "vanphong2.tructhang";
        var (token, browser) = await SessionsAsync(user);
        var copy = await app.SignedInBrowserAsync(user);

        var logout = await WebAppFactory.PostFormAsync(browser, "/Account/Logout", [], "/");
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);

        await AssertEndedAsync(token, copy);
    }

    [Fact]
    public async Task A_password_reset_by_an_administrator_ends_the_token_and_the_cookie()
    {
        const string user = "vanthu.tructhang";
        var (token, browser) = await SessionsAsync(user);

        var admin = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/admin/users/{user}/password", new { password = "DatLai@Thang12" })).StatusCode);

        await AssertEndedAsync(token, browser);
    }

    [Fact]
    public async Task A_revoked_role_ends_the_token_and_the_cookie()
    {
        const string user = "chutich.mttq.tructhang";
        var (token, browser) = await SessionsAsync(user);
        var admin = await app.ApiClientAsync(DemoAdministrators.District);
        var role = (await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users/{user}")).GetProperty("roles").EnumerateArray().First();

        var revoke = await admin.DeleteAsync($"/api/admin/users/{user}/roles/{role.GetProperty("unitId").GetString()}/{role.GetProperty("role").GetString()}");
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);

        await AssertEndedAsync(token, browser);
    }

    [Fact]
    public async Task A_password_change_ends_the_other_sessions_and_keeps_the_changing_browser_signed_in()
    {
        const string user = "chutich.phunu.tructhang";
        var (token, other) = await SessionsAsync(user);
        var browser = await app.SignedInBrowserAsync(user);

        var changed = await WebAppFactory.PostFormAsync(browser, "/Account/Password", new()
        {
            ["currentPassword"] = WebAppFactory.Password, ["newPassword"] = "Hoa-Sen-Tren-Ho-2026", ["confirmation"] = "Hoa-Sen-Tren-Ho-2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await AssertEndedAsync(token, other);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
    }

    private async Task<(HttpClient Token, HttpClient Browser)> SessionsAsync(string user)
    {
        var token = await app.ApiClientAsync(user);
        var browser = await app.SignedInBrowserAsync(user);
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/inbox")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).StatusCode);
        return (token, browser);
    }

    private static async Task AssertEndedAsync(HttpClient token, HttpClient browser)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync("/api/inbox")).StatusCode);
        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        // The cookie on the API answers 401 too.
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/inbox")).StatusCode);
    }
}

internal static class UriPaths
{
    /// <summary>The path and query of a Location header, relative or absolute.</summary>
    public static string PathAndQuery(this Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
