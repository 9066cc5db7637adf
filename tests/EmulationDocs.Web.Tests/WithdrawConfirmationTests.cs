using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>"Rút văn bản" ends the document for good: it sits apart from "Trình" and the server wants it confirmed.</summary>
public sealed class WithdrawConfirmationTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Withdrawal_is_apart_from_submit_and_happens_only_when_confirmed()
    {
        var api = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(api, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(api, id);
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var page = await browser.GetStringAsync($"/Tasks/{task}");
        var actions = page[page.IndexOf("<div class=\"actions\">", StringComparison.Ordinal)..];
        actions = actions[..actions.IndexOf("</div>", StringComparison.Ordinal)];
        Assert.Contains("value=\"submit\"", actions);
        Assert.DoesNotContain("value=\"withdraw\"", actions);
        Assert.Contains("name=\"confirmWithdraw\"", page);

        var unconfirmed = await WebAppFactory.PostFormAsync(browser, $"/Tasks/{task}", new()
        {
            ["action"] = "withdraw", ["idempotencyKey"] = Guid.NewGuid().ToString("N"), ["revision"] = WebAppFactory.HiddenValue(page, "revision"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, unconfirmed.StatusCode);
        Assert.Contains("Hãy đánh dấu ô xác nhận", await unconfirmed.Content.ReadAsStringAsync());
        Assert.Equal("Running", (await api.GetFromJsonAsync<JsonElement>($"/api/instances/{id}")).GetProperty("status").GetString());

        var confirmed = await WebAppFactory.PostFormAsync(browser, $"/Tasks/{task}", new()
        {
            ["action"] = "withdraw", ["confirmWithdraw"] = "true", ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["revision"] = WebAppFactory.HiddenValue(page, "revision"),
        }, $"/Tasks/{task}");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Withdrawn", (await api.GetFromJsonAsync<JsonElement>($"/api/instances/{id}")).GetProperty("status").GetString());
    }
}
