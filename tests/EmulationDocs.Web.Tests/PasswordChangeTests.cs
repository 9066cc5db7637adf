using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Core.Organisation.Audit;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// A user changes their own password (page and API); a password reset by an administrator must be changed at the next
/// sign-in before anything else; the administrator role cannot be delegated; administrative changes are audited.
/// </summary>
public sealed class PasswordChangeTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_password_page_refuses_a_wrong_current_password_a_weak_or_mismatched_new_one_and_then_changes_it()
    {
        const string user = "bithu.doan.tructhang";
        var browser = await app.SignedInBrowserAsync(user);
        var form = await browser.GetStringAsync("/Account/Password");
        Assert.Contains("Đổi mật khẩu", form);
        Assert.Contains("Nhập lại mật khẩu mới", form);

        var wrong = await ChangeOnPageAsync(browser, "sai-mat-khau", "Song-Hong-Mua-Lu-2026", "Song-Hong-Mua-Lu-2026");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Mật khẩu hiện tại không đúng.", await wrong.Content.ReadAsStringAsync());
        var weak = await ChangeOnPageAsync(browser, WebAppFactory.Password, "1234567890", "1234567890");
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("quá phổ biến", await weak.Content.ReadAsStringAsync());
        var mismatched = await ChangeOnPageAsync(browser, WebAppFactory.Password, "Song-Hong-Mua-Lu-2026", "Song-Hong-Mua-Lu-2027");
        Assert.Equal(HttpStatusCode.BadRequest, mismatched.StatusCode);
        Assert.Contains("Hai lần nhập mật khẩu mới không khớp nhau.", await mismatched.Content.ReadAsStringAsync());

        var changed = await ChangeOnPageAsync(browser, WebAppFactory.Password, "Song-Hong-Mua-Lu-2026", "Song-Hong-Mua-Lu-2026");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Đã đổi mật khẩu.", await browser.GetStringAsync("/"));
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { user, password = WebAppFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { user, password = "Song-Hong-Mua-Lu-2026" })).StatusCode);
    }

    [Fact]
    public async Task The_api_changes_the_callers_password_and_ends_their_token()
    {
        const string user = "chutich.tructhang";
        var api = await app.ApiClientAsync(user);
        var weak = await api.PostAsJsonAsync("/api/account/password", new { currentPassword = WebAppFactory.Password, newPassword = "chutich.tructhang!" });
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("chứa tên đăng nhập", (await weak.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var changed = await api.PostAsJsonAsync("/api/account/password", new { currentPassword = WebAppFactory.Password, newPassword = "Dong-Lua-Chin-Vang-26" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/inbox")).StatusCode);
        var token = await TokenAsync(user, "Dong-Lua-Chin-Vang-26");
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync("/api/inbox")).StatusCode);
    }

    [Fact]
    public async Task After_a_reset_the_user_must_change_the_password_before_using_any_page_or_the_api()
    {
        const string user = "hieutruong.thtructhang";
        const string reset = "DatLai@Truong2026";
        var admin = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/admin/users/{user}/password", new { password = reset })).StatusCode);

        var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = await WebAppFactory.PostFormAsync(browser, "/Account/Login", new() { ["userId"] = user, ["password"] = reset });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/Account/Password", signIn.Headers.Location!.OriginalString);
        var home = await browser.GetAsync("/Documents");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Account/Password", home.Headers.Location!.OriginalString);
        Assert.Contains("vừa được quản trị viên đặt lại", await browser.GetStringAsync("/Account/Password"));

        var api = await TokenAsync(user, reset);
        var refused = await api.GetAsync("/api/inbox");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("Hãy đổi mật khẩu", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());

        var changed = await ChangeOnPageAsync(browser, reset, "Truong-Lang-Ven-Song-26", "Truong-Lang-Ven-Song-26");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Documents")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await TokenAsync(user, "Truong-Lang-Ven-Song-26")).GetAsync("/api/inbox")).StatusCode);
    }

    [Fact]
    public async Task After_a_reset_the_api_user_changes_the_password_through_the_api()
    {
        const string user = "phohieutruong.thtructhang";
        var admin = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync($"/api/admin/users/{user}/password", new { password = "DatLai@Pho2026" })).StatusCode);
        var api = await TokenAsync(user, "DatLai@Pho2026");
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/instances")).StatusCode);

        var changed = await api.PostAsJsonAsync("/api/account/password", new { currentPassword = "DatLai@Pho2026", newPassword = "Canh-Dong-Mau-Lon-26" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await TokenAsync(user, "Canh-Dong-Mau-Lon-26")).GetAsync("/api/instances")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_role_cannot_be_delegated_through_the_api()
    {
        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var response = await api.PostAsJsonAsync("/api/admin/delegations", new
        {
            fromUser = DemoAdministrators.District, @delegate = TrucNinhDirective.Head, unit = "truc-ninh", role = "admin", prefix = "KT.",
            validFrom = DateTime.UtcNow.Date, validTo = DateTime.UtcNow.Date.AddDays(3),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Không thể ủy quyền vai trò quản trị.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/admin/delegations")).EnumerateArray(), d => d.GetProperty("role").GetString() == "admin");
    }

    [Fact]
    public async Task A_password_reset_and_a_role_grant_are_in_the_audit_history_with_the_administrator()
    {
        var admin = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsJsonAsync("/api/admin/users/thuky.thtructhang/password", new { password = "DatLai@ThuKy2026" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/admin/users/vanthu.thtructhang/roles", new { unit = "th-truc-thang", role = "clerk" })).StatusCode);

        await using var context = app.Services.GetRequiredService<DatabaseFactory>().Create();
        var entries = await context.Audit.AsNoTracking().Where(a => a.ActorId == DemoAdministrators.District).ToListAsync();
        Assert.Contains(entries, a => a.Action == AuditActions.PasswordReset && a.UserId == "thuky.thtructhang");
        Assert.Contains(entries, a => a.Action == AuditActions.RoleGranted && a.UserId == "vanthu.thtructhang" && a.UnitId == "th-truc-thang" && a.Detail == "role clerk");
        Assert.DoesNotContain(entries, a => (a.Detail ?? "").Contains("DatLai", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> ChangeOnPageAsync(HttpClient browser, string current, string password, string confirmation) =>
        WebAppFactory.PostFormAsync(browser, "/Account/Password", new() { ["currentPassword"] = current, ["newPassword"] = password, ["confirmation"] = confirmation });

    private async Task<HttpClient> TokenAsync(string user, string password)
    {
        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { user, password });
        response.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return client;
    }
}
