using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// Text a user sends has a length limit checked before anything is stored: a 20 MB title once became part of every list
/// page of the unit.
/// </summary>
public sealed class TextLimitTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_megabyte_title_is_refused_in_Vietnamese_and_nothing_is_stored()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var before = await TotalAsync(clerk);

        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = new string('A', 1024 * 1024),
            data = new JsonObject { ["main"] = TrucNinhDirective.Data() }, idempotencyKey = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Tiêu đề văn bản dài quá 500 ký tự.", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await TotalAsync(clerk));
    }

    [Fact]
    public async Task A_comment_longer_than_its_limit_is_refused_and_the_task_stays_open()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var instance = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, instance);

        var response = await Directives.ActAsync(clerk, task, "submit", Guid.NewGuid().ToString("N"), comment: new string('x', 4001));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Ý kiến dài quá 4000 ký tự.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(task, await Directives.TaskOfAsync(clerk, instance));
    }

    [Fact]
    public async Task A_twenty_megabyte_request_is_refused_before_it_is_read_in_Vietnamese()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var before = await TotalAsync(clerk);

        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = new string('A', 20 * 1024 * 1024),
            data = new JsonObject { ["main"] = TrucNinhDirective.Data() }, idempotencyKey = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Dữ liệu gửi lên quá lớn: tối đa 8 MB. Không có gì được lưu.", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(before, await TotalAsync(clerk));
    }

    [Fact]
    public async Task A_data_field_longer_than_its_type_allows_is_refused_naming_the_field()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var before = await TotalAsync(clerk);
        var data = TrucNinhDirective.Data();
        data["summary"] = new string('Đ', 2_001);

        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title = "Chỉ thị",
            data = new JsonObject { ["main"] = data }, idempotencyKey = Guid.NewGuid().ToString("N"),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("dài quá giới hạn: tối đa 2.000 ký tự.", (await response.Content.ReadAsStringAsync()));
        Assert.Equal(before, await TotalAsync(clerk));
    }

    private static async Task<int> TotalAsync(HttpClient user) =>
        (await user.GetFromJsonAsync<JsonElement>("/api/instances")).GetProperty("total").GetInt32();
}
