using Microsoft.Playwright;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>
/// One app and one Chromium per test class; each <see cref="BrowserSession"/> is a fresh browser context (own cookies).
/// Debian's chromium is launched because Playwright's own browser download is not reachable here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserAppFactory App { get; } = new();

    /// <summary>Where screenshots go: TestResults/screenshots under the test output directory.</summary>
    public static string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // Expectations wait for their condition; a minute (not Playwright's 5 s) so a slow CI machine does not fail them.
        Assertions.SetDefaultExpectTimeout(60_000);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // No sandbox: tests run as root in a container. The rest keeps Chromium from calling out to Google.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task<BrowserSession> NewSessionAsync(ITestOutputHelper output)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            AcceptDownloads = true,
            Locale = "vi-VN",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(60_000);
        return new BrowserSession(context, await context.NewPageAsync(), output);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}
