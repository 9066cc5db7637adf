using EmulationDocs.Testing;
using System.Net;
using System.Net.Http.Json;

namespace EmulationDocs.Web.Tests;

public sealed class AccountTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Login_page_is_in_Vietnamese()
    {
        var html = await app.CreateClient().GetStringAsync("/Account/Login");
        Assert.Contains("Đăng nhập", html);
        Assert.Contains("Mật khẩu", html);
    }

    [Fact]
    public async Task Demo_user_signs_in_and_sees_their_name_and_units()
    {
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var html = await browser.GetStringAsync("/");
        Assert.Contains("Việc cần xử lý", html);
        Assert.Contains("Đinh Thị Thu Trang", html);
        Assert.Contains("Ủy ban nhân dân huyện Trực Ninh", html);
    }

    [Fact]
    public async Task Wrong_password_is_refused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await WebAppFactory.PostFormAsync(client, "/Account/Login", new() { ["userId"] = TrucNinhDirective.Clerk, ["password"] = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);

        var token = await app.CreateClient().PostAsJsonAsync("/api/auth/token", new { user = TrucNinhDirective.Clerk, password = "sai-mat-khau" });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var response = await client.PostAsync("/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = TrucNinhDirective.Clerk, ["password"] = WebAppFactory.Password }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }
}
