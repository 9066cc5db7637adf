using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Quản trị › Ủy quyền and /api/admin/delegations: a delegation created for now lets the delegate act; ending it stops that.</summary>
public sealed class AdminDelegationsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string Delegate = "chuyenvien.gddt.trucninh";

    [Fact]
    public async Task A_delegation_for_now_gives_the_delegate_the_chairmans_signing_task_until_it_is_ended_early()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var head = await app.ApiClientAsync(TrucNinhDirective.Head);
        var id = (await Directives.StartAsync(clerk, "delegation-start")).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        Assert.Equal("sign", (await Directives.ActOkAsync(head, id, "approve")).GetProperty("stepId").GetString());
        var deputy = await app.ApiClientAsync(Delegate);
        Assert.DoesNotContain((await deputy.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await deputy.GetAsync($"/api/instances/{id}")).StatusCode);

        var admin = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var today = DateTime.UtcNow.Date;
        var created = await WebAppFactory.PostFormAsync(admin, "/Admin/Delegations", new()
        {
            ["Form.Holder"] = "chutich.trucninh|truc-ninh|chairman", ["Form.Delegate"] = Delegate, ["Form.Prefix"] = "KT.",
            ["Form.From"] = today.ToString("yyyy-MM-dd"), ["Form.Until"] = today.AddDays(6).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetStringAsync("/Admin/Delegations");
        Assert.Contains("Đã tạo ủy quyền.", list);
        Assert.Contains($"Từ {today:dd/MM/yyyy} đến hết ngày {today.AddDays(6):dd/MM/yyyy}", list);

        Assert.Contains((await deputy.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == id);
        Assert.Equal(HttpStatusCode.OK, (await deputy.GetAsync($"/api/instances/{id}")).StatusCode);

        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var delegation = (await api.GetFromJsonAsync<JsonElement>("/api/admin/delegations")).EnumerateArray()
            .Single(d => d.GetProperty("delegateId").GetString() == Delegate);
        Assert.Equal("Current", delegation.GetProperty("state").GetString());
        var end = await WebAppFactory.PostFormAsync(admin, "/Admin/Delegations?handler=End",
            new() { ["id"] = delegation.GetProperty("id").GetInt64().ToString() }, "/Admin/Delegations");
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);

        Assert.DoesNotContain((await deputy.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await deputy.GetAsync($"/api/instances/{id}")).StatusCode);
        delegation = (await api.GetFromJsonAsync<JsonElement>("/api/admin/delegations")).EnumerateArray().Single(d => d.GetProperty("id").GetInt64() == delegation.GetProperty("id").GetInt64());
        Assert.Equal("Past", delegation.GetProperty("state").GetString());
        var chairman = await app.ApiClientAsync(TrucNinhDirective.Chairman);
        Assert.Contains((await chairman.GetFromJsonAsync<JsonElement>("/api/inbox")).EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == id);
    }

    [Fact]
    public async Task Impossible_delegations_are_refused_with_their_reasons_and_nothing_is_stored()
    {
        var admin = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var today = DateTime.UtcNow.Date;
        var response = await WebAppFactory.PostFormAsync(admin, "/Admin/Delegations", new()
        {
            ["Form.Holder"] = "chutich.tructhang|truc-thang|chairman", ["Form.Delegate"] = "chutich.tructhang", ["Form.Prefix"] = "KT.",
            ["Form.From"] = today.AddDays(3).ToString("yyyy-MM-dd"), ["Form.Until"] = today.AddDays(1).ToString("yyyy-MM-dd"),
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Người được ủy quyền phải khác người ủy quyền.", html);
        Assert.Contains("Ngày kết thúc phải sau ngày bắt đầu.", html);

        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var wrongRole = await api.PostAsJsonAsync("/api/admin/delegations", new
        {
            fromUser = "vanhoa.tructhang", @delegate = "phochutich.tructhang", unit = "truc-thang", role = "chairman", prefix = "Q.",
            validFrom = today, validTo = today.AddDays(2),
        });
        Assert.Equal(HttpStatusCode.BadRequest, wrongRole.StatusCode);
        var errors = (await wrongRole.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(["Người ủy quyền không giữ vai trò này tại đơn vị này.", "Hình thức ký phải là KT. hoặc TUQ."], errors);
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/admin/delegations")).EnumerateArray(),
            d => d.GetProperty("unitId").GetString() == "truc-thang");
    }

    [Fact]
    public async Task Each_administrator_sees_and_ends_only_the_delegations_of_their_subtree()
    {
        var district = await app.ApiClientAsync(DemoAdministrators.District);
        var seen = (await district.GetFromJsonAsync<JsonElement>("/api/admin/delegations")).EnumerateArray().ToList();
        Assert.Contains(seen, d => d.GetProperty("fromUserId").GetString() == "chutich.trucninh" && d.GetProperty("state").GetString() == "Past");
        Assert.DoesNotContain(seen, d => d.GetProperty("unitId").GetString() == "nam-dinh");

        var province = await app.ApiClientAsync(DemoAdministrators.Province);
        var provincial = (await province.GetFromJsonAsync<JsonElement>("/api/admin/delegations")).EnumerateArray()
            .First(d => d.GetProperty("unitId").GetString() == "nam-dinh");
        var end = await district.PostAsync($"/api/admin/delegations/{provincial.GetProperty("id").GetInt64()}/end", null);
        Assert.Equal(HttpStatusCode.NotFound, end.StatusCode);
        var create = await district.PostAsJsonAsync("/api/admin/delegations", new
        {
            fromUser = "chutich.namdinh", @delegate = "phochutich.trucninh", unit = "nam-dinh", role = "chairman", prefix = "TUQ.",
            validFrom = DateTime.UtcNow.Date, validTo = DateTime.UtcNow.Date.AddDays(2),
        });
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
    }
}
