using EmulationDocs.Testing;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationDocs.Web.Tests;

public sealed class AccountSecurityTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Theory]
    [InlineData("12345678")]
    [InlineData("          ")]
    [InlineData("123456789a")]
    [InlineData("matkhau123")]
    [InlineData("Password123")]
    [InlineData("vanhoa.tructhang-2025")]
    public async Task A_weak_password_is_refused_when_an_administrator_resets_it(string password)
    {
        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var response = await api.PostAsJsonAsync("/api/admin/users/vanhoa.tructhang/password", new { password });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Mật khẩu", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_cannot_be_framed_or_sniffed()
    {
        var response = await app.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/Account/Login");
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_api_reference_may_run_its_inline_script_but_not_be_framed()
    {
        var response = await app.CreateClient().GetAsync("/api-reference");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' 'unsafe-inline'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
    }

    [Fact]
    public async Task Outside_development_cookies_are_secure_and_hsts_is_sent()
    {
        using var production = new ProductionApp();
        var client = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://emulationdocs.example/"), AllowAutoRedirect = false });
        var login = await client.GetAsync("/Account/Login");
        Assert.Contains("max-age=", login.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.All(login.Headers.GetValues("Set-Cookie"), cookie => Assert.True(cookie.Contains("secure", StringComparison.OrdinalIgnoreCase), cookie));

        var html = await login.Content.ReadAsStringAsync();
        var signIn = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userId"] = DemoAdministrators.District,
            ["password"] = WebAppFactory.Password,
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(html),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var session = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("emulationdocs=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", session, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class ProductionApp : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(Path.GetTempPath(), "emulationdocs-prod-" + Guid.NewGuid().ToString("N") + ".db")};Pooling=False");
            builder.UseSetting("Deadlines:Enabled", "false");
            builder.UseSetting("Demo:Import", "true");
            builder.UseSetting("Delivery:Enabled", "false");
            builder.UseSetting("DataDirectory", Path.Combine(Path.GetTempPath(), "emulationdocs-prod-" + Guid.NewGuid().ToString("N")));
            builder.UseEnvironment("Production");
        }
    }
}
