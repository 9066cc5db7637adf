using System.Net;
using System.Text.Json;

namespace EmulationDocs.Web.Tests;

public sealed class HostingTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Health_is_healthy_without_signing_in_and_reports_the_outbox_and_libreoffice()
    {
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = report.RootElement;
        Assert.Equal("Healthy", root.GetProperty("status").GetString());
        var checks = root.GetProperty("checks");
        Assert.Equal("Healthy", checks.GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", checks.GetProperty("libreoffice").GetProperty("status").GetString());
        var outbox = checks.GetProperty("outbox");
        Assert.Equal("Healthy", outbox.GetProperty("status").GetString());
        Assert.True(outbox.GetProperty("data").GetProperty("pending").GetInt32() >= 0);
        Assert.True(outbox.GetProperty("data").GetProperty("oldestPendingAgeSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_api()
    {
        var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
                 {
                     "/api/auth/token", "/api/inbox", "/api/instances", "/api/instances/{id}", "/api/instances/{id}/versions/{version}/docx",
                     "/api/tasks/{id}/actions",
                 })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task The_api_reference_is_served_from_the_app_itself()
    {
        var client = app.CreateClient();
        var page = await client.GetStringAsync("/api-reference/");
        Assert.Contains("\"url\":\"openapi/v1.json\"", page);
        Assert.DoesNotContain("cdn.jsdelivr.net", page);
        // Every script the page loads comes from this app.
        foreach (var source in System.Text.RegularExpressions.Regex.Matches(page, "<script[^>]*src=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
        {
            Assert.False(Uri.TryCreate(source, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http"), source);
            var script = await client.GetAsync(new Uri(new Uri("http://localhost/api-reference/"), source));
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }
    }

    [Fact]
    public async Task Pages_and_api_require_a_signed_in_user()
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var page = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Account/Login", page.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/inbox")).StatusCode);
    }
}
