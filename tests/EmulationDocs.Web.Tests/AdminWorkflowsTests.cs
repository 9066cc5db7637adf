using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Quản trị › Quy trình and /api/admin/workflows: invalid definitions store nothing; a changed one becomes the version new documents use.</summary>
public sealed class AdminWorkflowsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static JsonObject Directive() => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "directive.json")))!.AsObject();

    [Fact]
    public async Task A_definition_over_512_KB_is_refused_before_it_is_read_and_nothing_is_published()
    {
        var api = await app.ApiClientAsync(DemoAdministrators.Province);
        var before = await VersionsAsync("directive");
        var refused = await api.PostAsync("/api/admin/workflows", new StringContent(new string(' ', 600 * 1024), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Contains("tối đa 512 KB", await refused.Content.ReadAsStringAsync());
        Assert.Equal(before, await VersionsAsync("directive"));
    }

    [Fact]
    public async Task An_invalid_definition_lists_each_problem_with_its_step_and_property_and_stores_nothing()
    {
        var admin = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        var before = await VersionsAsync("directive");
        var broken = Directive();
        broken["steps"]![0]!["assignee"]!["role"] = "thu-ky";
        broken["steps"]![1]!["next"] = "khong-co-buoc-nay";

        var response = await WebAppFactory.PostFormAsync(admin, "/Admin/Workflows", new() { ["Json"] = broken.ToJsonString() });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("lỗi nên chưa được phát hành", html);
        Assert.Contains("<td>draft</td>", html);
        Assert.Contains("thu-ky", html);
        Assert.Contains("<td>review</td>", html);
        Assert.Contains("khong-co-buoc-nay", html);
        // What was pasted is kept for correction.
        Assert.Contains("khong-co-buoc-nay", html[html.IndexOf("<textarea", StringComparison.Ordinal)..]);

        var api = await app.ApiClientAsync(DemoAdministrators.Province);
        var refused = await api.PostAsync("/api/admin/workflows", new StringContent(broken.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problems = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().ToList();
        Assert.Contains(problems, p => p.GetProperty("stepId").GetString() == "draft");
        Assert.Contains(problems, p => p.GetProperty("stepId").GetString() == "review");
        var malformed = await api.PostAsync("/api/admin/workflows", new StringContent("{ \"id\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(before, await VersionsAsync("directive"));
    }

    [Fact]
    public async Task A_changed_definition_becomes_the_next_version_which_new_documents_use_while_running_ones_keep_theirs()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var running = (await Directives.StartAsync(clerk, "workflow-before")).GetProperty("instanceId").GetGuid();
        var latest = (await VersionsAsync("directive")).Max();

        var admin = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        var changed = Directive();
        changed["steps"]![1]!["name"] = "Thẩm định và góp ý dự thảo Chỉ thị";
        var response = await WebAppFactory.PostFormAsync(admin, "/Admin/Workflows", new() { ["Json"] = changed.ToJsonString() });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Admin/Workflows/directive/{latest + 1}", response.Headers.Location!.OriginalString);
        var version = await admin.GetStringAsync(response.Headers.Location.OriginalString);
        Assert.Contains($"phiên bản {latest + 1}. Văn bản mới sẽ dùng phiên bản này", version);
        Assert.Contains("Thẩm định và góp ý dự thảo Chỉ thị", version);
        Assert.Contains("Thẩm định dự thảo Chỉ thị", await admin.GetStringAsync($"/Admin/Workflows/directive/{latest}"));

        // The same JSON again is no new version.
        var api = await app.ApiClientAsync(DemoAdministrators.Province);
        var again = await api.PostAsync("/api/admin/workflows", new StringContent(changed.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isNew").GetBoolean());
        Assert.Equal(latest + 1, (await VersionsAsync("directive")).Max());

        var started = (await Directives.StartAsync(clerk, "workflow-after")).GetProperty("instanceId").GetGuid();
        Assert.Equal(latest + 1, (await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{started}")).GetProperty("definitionVersion").GetInt32());
        Assert.Equal(latest, (await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{running}")).GetProperty("definitionVersion").GetInt32());
        var stored = await api.GetFromJsonAsync<JsonElement>($"/api/admin/workflows/directive/{latest + 1}");
        Assert.Equal("Thẩm định và góp ý dự thảo Chỉ thị", stored.GetProperty("steps")[1].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Only_an_administrator_of_a_top_level_unit_manages_workflows()
    {
        var district = await app.SignedInBrowserAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/Admin/Workflows")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/Admin/Workflows/directive/1")).StatusCode);
        var api = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/admin/workflows")).StatusCode);
        var publish = await api.PostAsync("/api/admin/workflows", new StringContent(Directive().ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var province = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        var list = await province.GetStringAsync("/Admin/Workflows");
        Assert.Contains("award-proposal", list);
        Assert.Contains("href=\"/Admin/Workflows/directive/1\"", list);
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync("/Admin/Workflows/directive/999")).StatusCode);
    }

    private async Task<List<int>> VersionsAsync(string id)
    {
        var api = await app.ApiClientAsync(DemoAdministrators.Province);
        var definitions = await api.GetFromJsonAsync<JsonElement>("/api/admin/workflows");
        return definitions.EnumerateArray().Single(d => d.GetProperty("id").GetString() == id)
            .GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()).ToList();
    }
}
