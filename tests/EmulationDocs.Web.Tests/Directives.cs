using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Seed 002 (a provincial Chỉ thị) adapted to the district of Trực Ninh, and helpers to drive it through the API.</summary>
public static class Directives
{

    public static async Task<JsonElement> StartAsync(HttpClient clerk, string key)
    {
        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = "Chỉ thị về phát động thi đua năm 2022",
            data = new JsonObject { ["main"] = TrucNinhDirective.Data() }, idempotencyKey = key,
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The user's open task on the instance, from their inbox.</summary>
    public static async Task<Guid> TaskOfAsync(HttpClient user, Guid instanceId)
    {
        var inbox = await user.GetFromJsonAsync<JsonElement>("/api/inbox");
        return inbox.EnumerateArray().Single(t => t.GetProperty("instanceId").GetGuid() == instanceId).GetProperty("taskId").GetGuid();
    }

    public static Task<HttpResponseMessage> ActAsync(HttpClient user, Guid taskId, string action, string key, string? comment = null, object? data = null) =>
        user.PostAsJsonAsync($"/api/tasks/{taskId}/actions", new { action, idempotencyKey = key, comment, data });

    public static async Task<JsonElement> ActOkAsync(HttpClient user, Guid instanceId, string action, string? comment = null, object? data = null)
    {
        var task = await TaskOfAsync(user, instanceId);
        var response = await ActAsync(user, task, action, Guid.NewGuid().ToString("N"), comment, data);
        Assert.True(response.IsSuccessStatusCode, $"{action}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
