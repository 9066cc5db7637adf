using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Việc cần xử lý: filters by kind, unit and overdue, and a search that ignores case and diacritics.</summary>
public sealed class InboxFilterTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_inbox_filters_by_kind_unit_and_overdue_and_finds_titles_typed_without_diacritics()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var first = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();

        Assert.Contains(first, await InstancesAsync(clerk, "q=phat%20dong%20thi%20dua"));
        Assert.Contains(first, await InstancesAsync(clerk, "q=" + Uri.EscapeDataString("PHÁT ĐỘNG")));
        Assert.DoesNotContain(first, await InstancesAsync(clerk, "q=khen%20thuong%20dot%20xuat"));
        Assert.Contains(first, await InstancesAsync(clerk, "kind=directive"));
        Assert.Empty(await InstancesAsync(clerk, "kind=plan"));
        Assert.Contains(first, await InstancesAsync(clerk, "unit=truc-ninh"));
        Assert.Empty(await InstancesAsync(clerk, "unit=truc-dai"));
        // A draft has no due date, so it is never overdue.
        Assert.DoesNotContain(first, await InstancesAsync(clerk, "overdue=true"));

        var inbox = await clerk.GetFromJsonAsync<JsonElement>("/api/inbox");
        Assert.Contains(inbox.EnumerateArray(), t => t.GetProperty("definitionName").GetString() == "Chỉ thị");

        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var page = await browser.GetStringAsync("/?kind=directive&q=phat+dong");
        Assert.Contains("Chỉ thị về phát động thi đua năm 2022", page);
        Assert.Contains("<option value=\"directive\" selected=\"selected\">Chỉ thị</option>", page);
        Assert.Contains("Không có việc nào khớp", await browser.GetStringAsync("/?q=khong+co+viec+nay"));
    }

    private static async Task<List<Guid>> InstancesAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/inbox?" + query)).EnumerateArray().Select(t => t.GetProperty("instanceId").GetGuid()).ToList();
}
