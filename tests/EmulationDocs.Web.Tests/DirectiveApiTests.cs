using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>The directive chain through the REST API, as the clerk, head, chairman and registry of Trực Ninh.</summary>
public sealed class DirectiveApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Directive_is_drafted_returned_resubmitted_approved_signed_and_issued()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var head = await app.ApiClientAsync(TrucNinhDirective.Head);
        var chairman = await app.ApiClientAsync(TrucNinhDirective.Chairman);
        var registry = await app.ApiClientAsync(TrucNinhDirective.Registry);

        var started = await Directives.StartAsync(clerk, "flow-start");
        var id = started.GetProperty("instanceId").GetGuid();
        Assert.Equal("draft", started.GetProperty("stepId").GetString());
        Assert.Equal("review", (await Directives.ActOkAsync(clerk, id, "submit")).GetProperty("stepId").GetString());
        Assert.Equal("draft", (await Directives.ActOkAsync(head, id, "return", "Đề nghị bổ sung nội dung về phong trào thi đua chuyên đề.")).GetProperty("stepId").GetString());
        var revised = TrucNinhDirective.Data();
        revised["body"] = revised["body"]!.GetValue<string>().Replace("./.", " Phát động các phong trào thi đua chuyên đề phù hợp với từng lĩnh vực./.");
        Assert.Equal("review", (await Directives.ActOkAsync(clerk, id, "submit", data: new { main = revised })).GetProperty("stepId").GetString());
        Assert.Equal("sign", (await Directives.ActOkAsync(head, id, "approve")).GetProperty("stepId").GetString());
        Assert.Equal("issue", (await Directives.ActOkAsync(chairman, id, "sign")).GetProperty("stepId").GetString());
        var issued = await Directives.ActOkAsync(registry, id, "issue");
        Assert.Equal("Completed", issued.GetProperty("status").GetString());
        Assert.Equal("01/CT-UBND", issued.GetProperty("documentReference").GetString());

        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Equal("Completed", details.GetProperty("status").GetString());
        var actions = details.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()).ToList();
        string[] decisions = ["start", "submit", "return", "approve", "sign", "issue"];
        Assert.Equal(["start", "submit", "return", "submit", "approve", "sign", "issue"], actions.Where(decisions.Contains));
        Assert.Contains(details.GetProperty("history").EnumerateArray(), h => h.GetProperty("comment").GetString() == "Đề nghị bổ sung nội dung về phong trào thi đua chuyên đề.");
        var final = details.GetProperty("versions").EnumerateArray().Last();
        Assert.True(final.GetProperty("frozen").GetBoolean());

        var docx = await clerk.GetAsync($"/api/instances/{id}/versions/{final.GetProperty("version").GetInt32()}/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        var file = Path.Combine(Path.GetTempPath(), $"directive-{Guid.NewGuid():N}.docx");
        await File.WriteAllBytesAsync(file, await docx.Content.ReadAsByteArrayAsync());
        try
        {
            Assert.Contains(WordFile.Paragraphs(file), p => p.Contains("Số: 01/CT-UBND"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_user_of_another_commune_gets_404_for_the_instance_its_versions_and_its_task()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "other-unit-start")).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, id);
        var stranger = await app.ApiClientAsync(TrucNinhDirective.OtherCommuneClerk);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/instances/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/instances/{id}/versions/1/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Directives.ActAsync(stranger, task, "submit", "stranger-submit")).StatusCode);
        Assert.DoesNotContain((await stranger.GetFromJsonAsync<JsonElement>("/api/instances")).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);

        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.OtherCommuneClerk);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Tasks/{task}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Documents/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_same_action_posted_twice_with_one_key_makes_one_transition()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "twice-start")).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, id);

        var first = await Directives.ActAsync(clerk, task, "submit", "twice-submit");
        var second = await Directives.ActAsync(clerk, task, "submit", "twice-submit");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());

        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Single(details.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "submit");
        Assert.Equal("review", details.GetProperty("stepId").GetString());
    }

    [Fact]
    public async Task A_second_action_with_another_key_on_the_same_task_is_a_conflict()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "conflict-start")).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        var head = await app.ApiClientAsync(TrucNinhDirective.Head);
        var task = await Directives.TaskOfAsync(head, id);

        Assert.Equal(HttpStatusCode.OK, (await Directives.ActAsync(head, task, "approve", "conflict-a")).StatusCode);
        var late = await Directives.ActAsync(head, task, "return", "conflict-b", "Trả lại");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var problem = await late.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Công việc này đã được xử lý.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Starting_with_data_that_breaks_the_contract_is_a_400_naming_the_field()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var data = TrucNinhDirective.Data();
        data["year"] = "hai nghìn";
        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = "Sai dữ liệu", data = new { main = data }, idempotencyKey = "bad-data",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("main.year", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Acting_on_a_step_one_is_not_given_is_forbidden()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "forbidden-start")).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        var head = await app.ApiClientAsync(TrucNinhDirective.Head);
        var task = await Directives.TaskOfAsync(head, id);
        // The clerk sees the document (her unit) but the review is the head's.
        Assert.Equal(HttpStatusCode.Forbidden, (await Directives.ActAsync(clerk, task, "approve", "clerk-approves")).StatusCode);
    }
}
