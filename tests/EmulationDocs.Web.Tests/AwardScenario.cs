using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Plays the first steps of the award-proposal scenario (samples/scenarios/award-proposal.json) through the REST API.</summary>
public static class AwardScenario
{
    /// <summary>
    /// Runs steps 1..<paramref name="count"/>, each as its user on their open task of this run (the current instance first: a
    /// proposal split into a decision here and the rest going up continues as two instances); returns every instance acted on, the started one first.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> PlayAsync(WebAppFactory app, int count)
    {
        var scenario = AwardProposalSeed.Scenario();
        var steps = scenario["steps"]!.AsArray();
        var clients = new Dictionary<string, HttpClient>();
        var instances = new List<Guid>();
        var created = new HashSet<Guid>();
        var seen = new List<Guid>();
        for (var index = 0; index < count; index++)
        {
            var step = steps[index]!.AsObject();
            var userId = (string)step["user"]!;
            if (!clients.TryGetValue(userId, out var user)) clients[userId] = user = await app.ApiClientAsync(userId);
            HttpResponseMessage response;
            if ((string)step["action"]! == "start")
            {
                response = await user.PostAsJsonAsync("/api/instances", new JsonObject
                {
                    ["definition"] = (string)scenario["definition"]!, ["unit"] = step["unit"]!.DeepClone(), ["title"] = step["title"]!.DeepClone(),
                    ["data"] = step["data"]!.DeepClone(), ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
                });
            }
            else
            {
                var inbox = (await user.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray()
                    .Where(t => created.Contains(t.GetProperty("taskId").GetGuid())).ToList();
                var own = inbox.FirstOrDefault(t => t.GetProperty("instanceId").GetGuid() == instances[^1]);
                if (own.ValueKind == JsonValueKind.Undefined) own = inbox.MinBy(t => t.GetProperty("createdAt").GetDateTime());
                Assert.True(own.ValueKind != JsonValueKind.Undefined, $"Step {index + 1}: {userId} has no task of this run.");
                var body = new JsonObject { ["action"] = step["action"]!.DeepClone(), ["idempotencyKey"] = Guid.NewGuid().ToString("N") };
                foreach (var key in new[] { "data", "votes", "written", "comment", "returnTo" })
                    if (step[key] is { } value) body[key] = value.DeepClone();
                if (!seen.Contains(own.GetProperty("instanceId").GetGuid())) seen.Add(own.GetProperty("instanceId").GetGuid());
                response = await user.PostAsJsonAsync($"/api/tasks/{own.GetProperty("taskId").GetGuid()}/actions", body);
            }
            Assert.True(response.IsSuccessStatusCode, $"Step {index + 1}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            var instance = result.GetProperty("instanceId").GetGuid();
            instances.Remove(instance);
            instances.Add(instance);
            if (!seen.Contains(instance)) seen.Add(instance);
            foreach (var task in result.GetProperty("createdTasks").EnumerateArray()) created.Add(task.GetProperty("taskId").GetGuid());
        }
        return seen;
    }
}
