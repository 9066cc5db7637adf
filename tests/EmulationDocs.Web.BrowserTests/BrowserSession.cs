using Microsoft.Playwright;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>One user in one fresh browser context: sign-in, navigation and screenshots.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, ITestOutputHelper output) : IAsyncDisposable
{
    public const string Password = "MatKhau@2025";

    public IBrowserContext Context => context;
    public IPage Page => page;

    public async Task SignInAsync(string user, string? screenshot = null)
    {
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        if (screenshot is not null) await ScreenshotAsync(screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login"));
    }

    /// <summary>Saves a full-page PNG and prints its path, so a run leaves pictures of each main page to look at.</summary>
    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(BrowserFixture.ScreenshotDirectory);
        var path = Path.Combine(BrowserFixture.ScreenshotDirectory, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        output.WriteLine($"Screenshot: {path}");
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
