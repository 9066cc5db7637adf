using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// One set of access rules (Core's DocumentAccess) behind every surface: the task page offers only what the engine accepts,
/// a user of another unit is refused the same document by the pages, the API and the inbox, and refusals come back as one
/// problem model with a Vietnamese detail and no exception text.
/// </summary>
public sealed class AccessTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string SecondClerk = "chuyenvien2.noivu.trucninh";

    [Fact]
    public async Task A_colleague_who_did_not_start_the_document_is_not_offered_withdraw_and_both_surfaces_refuse_it_alike()
    {
        var admin = await app.ApiClientAsync(DemoAdministrators.Province);
        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            id = SecondClerk, fullName = "Đỗ Thị Hà", email = (string?)null, password = WebAppFactory.Password, unit = "truc-ninh", role = "clerk", title = "",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var instance = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, instance);

        // The initiator is offered "Rút văn bản"; the colleague sharing the role may submit, but not withdraw.
        Assert.Contains("value=\"withdraw\"", await (await app.SignedInBrowserAsync(TrucNinhDirective.Clerk)).GetStringAsync($"/Tasks/{task}"));
        var colleagueBrowser = await app.SignedInBrowserAsync(SecondClerk);
        var colleaguePage = await colleagueBrowser.GetStringAsync($"/Tasks/{task}");
        Assert.Contains("value=\"submit\"", colleaguePage);
        Assert.DoesNotContain("value=\"withdraw\"", colleaguePage);

        // Forced anyway, the page and the API give the same status for the same refusal.
        var colleague = await app.ApiClientAsync(SecondClerk);
        var api = await Directives.ActAsync(colleague, task, "withdraw", Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("Chỉ người khởi tạo mới được rút văn bản.", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var page = await WebAppFactory.PostFormAsync(colleagueBrowser, $"/Tasks/{task}", new()
        {
            ["action"] = "withdraw", ["idempotencyKey"] = Guid.NewGuid().ToString("N"), ["revision"] = WebAppFactory.HiddenValue(colleaguePage, "revision"),
        });
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains("Chỉ người khởi tạo mới được rút văn bản.", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_user_of_another_unit_is_refused_the_document_by_the_pages_the_api_and_the_inbox()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var instance = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, instance);

        var stranger = await app.ApiClientAsync(TrucNinhDirective.OtherCommuneClerk);
        var strangerBrowser = await app.SignedInBrowserAsync(TrucNinhDirective.OtherCommuneClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.GetAsync($"/Documents/{instance}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.GetAsync($"/Tasks/{task}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await strangerBrowser.GetAsync($"/Documents/{instance}/versions/1/pdf")).StatusCode);
        foreach (var url in new[] { $"/api/instances/{instance}", $"/api/instances/{instance}/versions/1/docx", $"/api/instances/{instance}/deliveries" })
        {
            var response = await stranger.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        var act = await Directives.ActAsync(stranger, task, "submit", Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.NotFound, act.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == instance);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<JsonElement>("/api/instances")).GetProperty("items").EnumerateArray(),
            i => i.GetProperty("id").GetGuid() == instance);
        Assert.DoesNotContain(task.ToString(), await strangerBrowser.GetStringAsync("/"));
        // The document is untouched: its own clerk still has the task.
        Assert.Equal(task, await Directives.TaskOfAsync(clerk, instance));
    }

    [Fact]
    public async Task A_refused_command_answers_a_Vietnamese_problem_without_exception_text()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var instance = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, instance);

        var response = await Directives.ActAsync(clerk, task, "no-such-action", Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Không được phép", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body);
        Assert.DoesNotContain("no-such-action", body);
    }

    [Fact]
    public async Task A_year_outside_the_calendar_lists_nothing_instead_of_failing()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"));

        var response = await clerk.GetAsync("/api/instances?year=0");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("total").GetInt32());
        var page = await (await app.SignedInBrowserAsync(TrucNinhDirective.Clerk)).GetAsync("/Documents?year=0");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}
