using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// A task for a role that two colleagues hold: one takes it ("Nhận xử lý"), the other sees who has it and cannot act or take
/// it, until it is given back.
/// </summary>
public sealed class TaskClaimTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string SecondHead = "photruongphong2.noivu.trucninh";

    [Fact]
    public async Task A_colleague_sees_a_taken_task_as_taken_and_may_take_it_once_it_is_given_back()
    {
        var admin = await app.ApiClientAsync(DemoAdministrators.Province);
        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            id = SecondHead, fullName = "Hoàng Thị Thu", email = (string?)null, password = WebAppFactory.Password, unit = "truc-ninh", role = "head", title = "",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var instance = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, instance, "submit");

        var head = await app.ApiClientAsync(TrucNinhDirective.Head);
        var task = await Directives.TaskOfAsync(head, instance);
        var headPage = await (await app.SignedInBrowserAsync(TrucNinhDirective.Head)).GetStringAsync($"/Tasks/{task}");
        Assert.Contains("Nhận xử lý", headPage);
        Assert.Contains("value=\"approve\"", headPage);
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);

        var colleague = await app.ApiClientAsync(SecondHead);
        var row = (await colleague.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray().Single(t => t.GetProperty("taskId").GetGuid() == task);
        Assert.Equal("Phạm Quang Huy", row.GetProperty("takenBy").GetString());
        var colleaguePage = await (await app.SignedInBrowserAsync(SecondHead)).GetStringAsync($"/Tasks/{task}");
        Assert.Contains("Đang do <strong>Phạm Quang Huy</strong> xử lý.", colleaguePage);
        Assert.DoesNotContain("value=\"approve\"", colleaguePage);
        Assert.Equal(HttpStatusCode.Conflict, (await colleague.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        var refused = await Directives.ActAsync(colleague, task, "approve", Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("đã được người khác nhận xử lý", await refused.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, (await head.PostAsync($"/api/tasks/{task}/release", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await colleague.PostAsync($"/api/tasks/{task}/claim", null)).StatusCode);
        Assert.True((await Directives.ActAsync(colleague, task, "approve", Guid.NewGuid().ToString("N"))).IsSuccessStatusCode);
    }
}
