using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>A school council member votes on the award proposal from the task page: one choice per candidate.</summary>
public sealed class CouncilVotePageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Secretary = "thuky.thcstrucdai";
    private const string Principal = "hieutruong.thcstrucdai";
    private const string Member = "tongphutrach.thcstrucdai";

    [Fact]
    public async Task Council_member_votes_per_candidate_on_the_task_page()
    {
        // The award-proposal scenario's own data: the school's Tờ trình and its list, then the minutes' meeting details.
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "samples", "scenarios", "award-proposal.json")))!;
        var steps = scenario["steps"]!.AsArray();
        var secretary = await app.ApiClientAsync(Secretary);
        var started = await secretary.PostAsJsonAsync("/api/instances", new
        {
            definition = "award-proposal", unit = "thcs-truc-dai", title = steps[0]!["title"]!.GetValue<string>(),
            data = steps[0]!["data"]!.DeepClone(), idempotencyKey = "vote-start",
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(secretary, id, "submit");
        var council = await Directives.ActOkAsync(await app.ApiClientAsync(Principal), id, "approve", data: steps[2]!["data"]!.DeepClone());
        Assert.Equal("unit-council-vote", council.GetProperty("stepId").GetString());

        var memberApi = await app.ApiClientAsync(Member);
        var task = await Directives.TaskOfAsync(memberApi, id);
        var browser = await app.SignedInBrowserAsync(Member);
        var page = await browser.GetStringAsync($"/Tasks/{task}");
        Assert.Contains("Biểu quyết", page);
        Assert.Contains("Gửi phiếu biểu quyết", page);
        var candidates = steps[3]!["votes"]!.AsObject().Select(v => v.Key).ToList();
        foreach (var candidate in candidates) Assert.Contains(candidate, page);

        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
            ["idempotencyKey"] = WebAppFactory.HiddenValue(page, "idempotencyKey"),
            ["revision"] = WebAppFactory.HiddenValue(page, "revision"),
            ["action"] = "vote",
        };
        for (var i = 0; i < candidates.Count; i++)
        {
            form[$"candidates[{i}]"] = WebAppFactory.HiddenValue(page, $"candidates[{i}]");
            form[$"votes[{i}]"] = i == 0 ? "disagree" : "agree";
        }
        var response = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var details = await memberApi.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Single(details.GetProperty("history").EnumerateArray(),
            h => h.GetProperty("action").GetString() == "vote" && h.GetProperty("userId").GetString() == Member);
        var inbox = await memberApi.GetFromJsonAsync<JsonElement>("/api/inbox");
        Assert.DoesNotContain(inbox.EnumerateArray(), t => t.GetProperty("taskId").GetGuid() == task);
    }
}
