using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// Exactly-once commands and traceable document changes through the REST API: no key means a new command every time, a key
/// reused elsewhere is a 409 naming the conflict, and a review that sends data of a document it does not prepare is refused.
/// </summary>
public sealed class CommandIdempotencyApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static Task<HttpResponseMessage> StartWithoutKeyAsync(HttpClient clerk) =>
        clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = "Chỉ thị về phát động thi đua năm 2022",
            data = new JsonObject { ["main"] = TrucNinhDirective.Data() },
        });

    [Fact]
    public async Task Two_starts_without_an_idempotency_key_make_two_documents()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);

        var first = await StartWithoutKeyAsync(clerk);
        var second = await StartWithoutKeyAsync(clerk);

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first.StatusCode, second.StatusCode));
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        var secondId = (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        Assert.NotEqual(firstId, secondId);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync($"/api/instances/{secondId}")).StatusCode);
    }

    [Fact]
    public async Task A_key_reused_on_another_task_answers_409_naming_the_conflict_and_does_not_act()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var one = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var two = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var key = Guid.NewGuid().ToString("N");
        Assert.Equal(HttpStatusCode.OK, (await Directives.ActAsync(clerk, await Directives.TaskOfAsync(clerk, one), "submit", key)).StatusCode);

        var reused = await Directives.ActAsync(clerk, await Directives.TaskOfAsync(clerk, two), "submit", key);

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        var problem = await reused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Mã chống gửi trùng (idempotencyKey) này đã được dùng cho thao tác «Trình» trên một công việc khác. Hãy dùng một mã mới cho mỗi thao tác.",
            problem.GetProperty("detail").GetString());
        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{two}");
        Assert.Equal("draft", details.GetProperty("stepId").GetString());
    }

    [Fact]
    public async Task A_review_sending_data_of_the_clerks_document_is_refused_and_leaves_it_unchanged()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var head = await app.ApiClientAsync(TrucNinhDirective.Head);
        var id = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        var before = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        var rewritten = TrucNinhDirective.Data();
        rewritten["summary"] = "Về việc do người duyệt tự viết lại";
        rewritten["body"] = "Nội dung do người duyệt tự viết lại./.";

        var approve = await Directives.ActAsync(head, await Directives.TaskOfAsync(head, id), "approve", Guid.NewGuid().ToString("N"), data: new { main = rewritten });

        Assert.Equal(HttpStatusCode.BadRequest, approve.StatusCode);
        Assert.Contains("không sửa nội dung văn bản", (await approve.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var after = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Equal("review", after.GetProperty("stepId").GetString());
        Assert.Equal(before.GetProperty("versions").GetArrayLength(), after.GetProperty("versions").GetArrayLength());
    }
}
