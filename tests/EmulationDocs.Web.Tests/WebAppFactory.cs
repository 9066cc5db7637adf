using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// The real app on its own temporary SQLite file (one per test class through IClassFixture), with the repository's
/// templates, workflows and demo organisation. The deadline loop is off: its timers are days away and Core tests it.
/// </summary>
public sealed partial class WebAppFactory : WebApplicationFactory<Program>
{
    public const string Password = "MatKhau@2025";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "emulationdocs-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(_directory, "test.db")};Pooling=False");
        builder.UseSetting("Deadlines:Enabled", "false");
        // Tests send the outbox themselves (DeliveryDispatcher.RunOnceAsync) into this class's own pickup folder.
        builder.UseSetting("DataDirectory", _directory);
        builder.UseSetting("Delivery:Enabled", "false");
        // The tests sign in as the demo organisation's users.
        builder.UseSetting("Demo:Import", "true");
        // Every test signs in from the same (empty) client address; the sign-in rate limit has its own tests.
        builder.UseSetting("Accounts:SignInLimit:PermitLimit", "100000");
        builder.UseEnvironment("Testing");
    }

    /// <summary>Where this app writes e-mail as .eml files (no SMTP server is configured in tests).</summary>
    public string PickupDirectory => Path.Combine(_directory, "mail-pickup");

    /// <summary>A client authenticated with a bearer token from <c>POST /api/auth/token</c>.</summary>
    public async Task<HttpClient> ApiClientAsync(string user)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { user, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in through the login page.</summary>
    public async Task<HttpClient> SignedInBrowserAsync(string user)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/Account/Login", new() { ["userId"] = user, ["password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Posts a form the way a browser does: the antiforgery token taken from the page first.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string url, Dictionary<string, string> fields, string? pageUrl = null)
    {
        var page = await client.GetStringAsync(pageUrl ?? url);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) => TokenPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in the page.");

    public static string HiddenValue(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No hidden field {name}.");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a closing connection: the temp directory is cleaned by the system.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
