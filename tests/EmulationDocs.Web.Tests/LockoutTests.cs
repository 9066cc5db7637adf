using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Five wrong passwords in a row lock the account for 15 minutes (the app's clock is a FakeTimeProvider).</summary>
public sealed class LockoutTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string User = "vanhoa.tructhang";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password_until_the_lock_ends()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = host.CreateClient();

        var unknown = await DetailAsync(await client.PostAsJsonAsync("/api/auth/token", new { user = "khong.ton.tai", password = "sai-mat-khau" }));
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var wrong = await client.PostAsJsonAsync("/api/auth/token", new { user = User, password = $"sai-mat-khau-{attempt}" });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        var locked = await client.PostAsJsonAsync("/api/auth/token", new { user = User, password = WebAppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        // The same words as for a user that does not exist: the lock tells nobody the account exists.
        Assert.Equal(unknown, await DetailAsync(locked));
        Assert.Contains("tạm khóa 15 phút", unknown);

        var browser = host.CreateClient(new() { AllowAutoRedirect = false });
        var page = await WebAppFactory.PostFormAsync(browser, "/Account/Login", new() { ["userId"] = User, ["password"] = WebAppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await page.Content.ReadAsStringAsync());

        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { user = User, password = WebAppFactory.Password })).StatusCode);
        clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { user = User, password = WebAppFactory.Password })).StatusCode);
    }

    [Fact]
    public async Task A_successful_sign_in_resets_the_count_of_wrong_passwords()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var host = app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var client = host.CreateClient();
        for (var round = 0; round < 2; round++)
        {
            for (var attempt = 0; attempt < 4; attempt++)
                await client.PostAsJsonAsync("/api/auth/token", new { user = TrucNinhDirective.OtherCommuneClerk, password = "sai-mat-khau" });
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { user = TrucNinhDirective.OtherCommuneClerk, password = WebAppFactory.Password })).StatusCode);
        }
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
}
