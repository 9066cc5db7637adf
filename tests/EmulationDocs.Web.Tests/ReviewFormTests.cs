using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// The review steps of the award proposal on the task page: the minutes of the council vote that follows, and at a receiving
/// level its own Tờ trình, entered in forms generated from the contracts and sent with "Đồng ý" (samples/scenarios/award-proposal.json).
/// </summary>
public sealed class ReviewFormTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Principal = "hieutruong.thcstrucdai";
    private const string CommuneClerk = "vanhoa.trucdai";

    private static readonly JsonArray Steps =
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "scenarios", "award-proposal.json")))!["steps"]!.AsArray();

    private async Task<Guid> StartAndSubmitAsync(string key)
    {
        var clerk = await app.ApiClientAsync(Steps[0]!["user"]!.GetValue<string>());
        var started = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "award-proposal", unit = "thcs-truc-dai", title = $"Đề nghị khen thưởng ({key})", data = Steps[0]!["data"]!.DeepClone(),
            idempotencyKey = key, submit = true,
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    /// <summary>Scenario steps <paramref name="from"/> to <paramref name="to"/> (exclusive) through the API, each as its user.</summary>
    private async Task RunStepsAsync(Guid id, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var step = Steps[i]!.AsObject();
            var user = await app.ApiClientAsync(step["user"]!.GetValue<string>());
            var task = await Directives.TaskOfAsync(user, id);
            var response = await user.PostAsJsonAsync($"/api/tasks/{task}/actions", new
            {
                action = step["action"]!.GetValue<string>(), idempotencyKey = $"review-{id:N}-{i}", data = step["data"]?.DeepClone(), votes = step["votes"]?.DeepClone(),
            });
            Assert.True(response.IsSuccessStatusCode, $"Step {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    private async Task<JsonObject> StoredDataAsync(Guid id)
    {
        await using var context = app.Services.GetRequiredService<DatabaseFactory>().Create();
        return JsonNode.Parse(await context.Instances.Where(i => i.Id == id).Select(i => i.DataJson).SingleAsync())!.AsObject();
    }

    private static async Task<string> StepOfAsync(HttpClient user, Guid id) =>
        (await user.GetFromJsonAsync<JsonElement>($"/api/instances/{id}")).GetProperty("stepId").GetString()!;

    /// <summary>A document's data as the generated form posts it: nested fields dotted, lists of text one per line, tables by row.</summary>
    private static void AddFields(Dictionary<string, string> form, string prefix, JsonObject document)
    {
        foreach (var (name, value) in document)
        {
            var key = $"{prefix}.{name}";
            switch (value)
            {
                case JsonObject group:
                    AddFields(form, key, group);
                    break;
                case JsonArray list when list.All(i => i is JsonObject):
                    for (var row = 0; row < list.Count; row++)
                        foreach (var (column, cell) in list[row]!.AsObject()) form[$"{key}[{row}].{column}"] = cell!.ToString();
                    break;
                case JsonArray lines:
                    form[key] = string.Join("\n", lines.Select(l => l!.GetValue<string>()));
                    break;
                default:
                    form[key] = value!.ToString();
                    break;
            }
        }
    }

    private static Dictionary<string, string> ActionForm(string page, string action) => new()
    {
        ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
        ["idempotencyKey"] = WebAppFactory.HiddenValue(page, "idempotencyKey"),
        ["revision"] = WebAppFactory.HiddenValue(page, "revision"),
        ["action"] = action,
    };

    [Fact]
    public async Task The_units_review_asks_for_the_minutes_and_an_approval_from_the_page_stores_them()
    {
        var id = await StartAndSubmitAsync("review-unit");
        var principal = await app.ApiClientAsync(Principal);
        var task = await Directives.TaskOfAsync(principal, id);
        var browser = await app.SignedInBrowserAsync(Principal);
        var page = await browser.GetStringAsync($"/Tasks/{task}");

        // The school drafted its Tờ trình itself: only the minutes of the school's council vote are asked here.
        Assert.Contains("Nội dung biên bản", page);
        Assert.DoesNotContain("name=\"submission.summary\"", page);
        Assert.Contains("name=\"minutes.summary\"", page);
        Assert.Contains("name=\"minutes.meeting.date\"", page);
        Assert.Contains("name=\"minutes.council.name\"", page);
        Assert.Contains("name=\"minutes.attendees[0].name\"", page);
        // Written by the engine at the vote, the signing and the issuing: never asked.
        foreach (var written in new[] { "minutes.votes", "minutes.council.present", "minutes.council.totalMembers", "minutes.signature.name", "minutes.number", "minutes.symbol", "minutes.date" })
            Assert.DoesNotContain($"name=\"{written}\"", page);
        // The school's header and place start prefilled.
        Assert.Contains("value=\"Trực Đại\"", page);

        // Incomplete: refused with every missing field by its label, what was typed kept.
        var incomplete = ActionForm(page, "approve");
        incomplete["minutes.issuingBody"] = "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG";
        incomplete["minutes.place"] = "Trực Đại";
        incomplete["minutes.year"] = "2024";
        incomplete["minutes.summary"] = "Họp xét khen thưởng (đang nhập)";
        incomplete["minutes.meeting.time"] = "14 giờ 00";
        var refused = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(incomplete));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Chưa đồng ý được vì văn bản còn thiếu", refusedPage);
        Assert.Contains("Biên bản › Cuộc họp › Ngày họp", refusedPage);
        Assert.Contains("Biên bản › Thư ký", refusedPage);
        Assert.Contains("Biên bản › Diễn biến và kết luận cuộc họp", refusedPage);
        Assert.Contains("value=\"Họp xét khen thưởng (đang nhập)\"", refusedPage);
        Assert.Contains("value=\"14 giờ 00\"", refusedPage);
        Assert.Equal("unit-review", await StepOfAsync(principal, id));

        var complete = ActionForm(refusedPage, "approve");
        var minutes = Steps[2]!["data"]!["minutes"]!.AsObject();
        AddFields(complete, "minutes", minutes);
        var approved = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(complete));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("unit-council-vote", await StepOfAsync(principal, id));
        var stored = (await StoredDataAsync(id))["minutes"]!.AsObject();
        Assert.Equal("2024-12-05", stored["meeting"]!["date"]!.GetValue<string>());
        Assert.Equal("Trần Thị Bích Ngọc", stored["secretary"]!["name"]!.GetValue<string>());
        Assert.Equal(5, stored["attendees"]!.AsArray().Count);
        Assert.Equal(minutes["body"]!.GetValue<string>(), stored["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_api_refuses_an_incomplete_approval_with_the_missing_labels_and_a_return_needs_no_data()
    {
        var id = await StartAndSubmitAsync("review-api");
        var principal = await app.ApiClientAsync(Principal);
        var task = await Directives.TaskOfAsync(principal, id);
        var minutes = Steps[2]!["data"]!["minutes"]!.DeepClone().AsObject();
        minutes.Remove("summary");
        minutes.Remove("chair");

        var refused = await Directives.ActAsync(principal, task, "approve", "review-api-incomplete", data: new JsonObject { ["minutes"] = minutes });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Biên bản › Trích yếu nội dung", "Biên bản › Chủ trì (Chủ tịch Hội đồng)"],
            problem.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("unit-review", await StepOfAsync(principal, id));

        // On the page as well, "Trả lại" goes through with the forms left empty.
        var browser = await app.SignedInBrowserAsync(Principal);
        var page = await browser.GetStringAsync($"/Tasks/{task}");
        var back = ActionForm(page, "return");
        back["comment"] = "Bổ sung minh chứng thành tích.";
        back["minutes.year"] = "không phải số";
        var returned = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(back));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal("unit-draft", await StepOfAsync(principal, id));
    }

    [Fact]
    public async Task The_communes_review_asks_for_its_own_submission_and_the_minutes_and_moves_to_its_council()
    {
        var id = await StartAndSubmitAsync("review-commune");
        await RunStepsAsync(id, 2, 12);
        var clerk = await app.ApiClientAsync(CommuneClerk);
        Assert.Equal("commune-review", await StepOfAsync(clerk, id));
        var task = await Directives.TaskOfAsync(clerk, id);
        var browser = await app.SignedInBrowserAsync(CommuneClerk);
        var page = await browser.GetStringAsync($"/Tasks/{task}");

        Assert.Contains("Nội dung tờ trình", page);
        Assert.Contains("Nội dung biên bản", page);
        Assert.Contains("name=\"submission.summary\"", page);
        Assert.Contains("name=\"minutes.summary\"", page);
        // The Tờ trình came up with the commune's header (forwarding) and the school's candidates; the signer and number are the engine's.
        Assert.Contains("name=\"submission.awardGroups[0].members.name\" value=\"Trần Thị Thúy\"", page);
        Assert.DoesNotContain("name=\"submission.signature.name\"", page);
        Assert.DoesNotContain("name=\"submission.number\"", page);
        Assert.DoesNotContain("name=\"minutes.votes", page);

        var form = ActionForm(page, "approve");
        var data = Steps[12]!["data"]!.AsObject();
        AddFields(form, "minutes", data["minutes"]!.AsObject());
        AddFields(form, "submission", data["submission"]!.AsObject());
        var approved = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal("commune-council-vote", await StepOfAsync(clerk, id));
        var stored = await StoredDataAsync(id);
        Assert.Equal(data["submission"]!["summary"]!.GetValue<string>(), stored["submission"]!["summary"]!.GetValue<string>());
        Assert.Equal(data["minutes"]!["council"]!["name"]!.GetValue<string>(), stored["minutes"]!["council"]!["name"]!.GetValue<string>());
        // The candidates the school's council passed are still those voted on.
        Assert.Equal(6, stored["submission"]!["awardGroups"]!.AsArray().SelectMany(g => g!["members"]!.AsArray()).Count());
    }
}
