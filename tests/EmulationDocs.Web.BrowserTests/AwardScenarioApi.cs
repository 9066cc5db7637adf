using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>
/// The steps of samples/scenarios/award-proposal.json that the browser test does not click through, sent to the same app
/// through the REST API as each step's user (the council members' dozens of votes, the reviewers' meeting details).
/// </summary>
public sealed class AwardScenarioApi(string baseUrl) : IDisposable
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task<HttpClient> ClientAsync(string user)
    {
        if (_clients.TryGetValue(user, out var known)) return known;
        var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { user, password = BrowserSession.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return _clients[user] = client;
    }

    /// <summary>Runs one scenario step: the user's task on the instance, or (a decision split off at a level) their oldest task.</summary>
    public async Task RunAsync(JsonObject step, Guid instanceId, int index)
    {
        var user = step["user"]!.GetValue<string>();
        var client = await ClientAsync(user);
        var inbox = (await client.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray().ToList();
        var task = inbox.FirstOrDefault(t => t.GetProperty("instanceId").GetGuid() == instanceId);
        if (task.ValueKind == JsonValueKind.Undefined) task = inbox.OrderBy(t => t.GetProperty("createdAt").GetDateTime()).First();
        var response = await client.PostAsJsonAsync($"/api/tasks/{task.GetProperty("taskId").GetGuid()}/actions", new
        {
            action = step["action"]!.GetValue<string>(), idempotencyKey = $"award-browser-{index}", data = step["data"]?.DeepClone(),
            votes = step["votes"]?.DeepClone(), written = step["written"]?.GetValue<bool>() ?? false,
        });
        Assert.True(response.IsSuccessStatusCode, $"Step {index} ({user} {step["action"]}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values) client.Dispose();
    }
}
