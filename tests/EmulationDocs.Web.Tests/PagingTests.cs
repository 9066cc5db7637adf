using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>The documents list and the inbox come in pages the database cuts, in a stable order, with the total and a pager.</summary>
public sealed class PagingTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Pages_of_the_documents_list_and_the_inbox_do_not_overlap_and_together_hold_every_row()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var started = new List<Guid>();
        for (var i = 0; i < 5; i++) started.Add((await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid());

        var first = await clerk.GetFromJsonAsync<JsonElement>("/api/instances?pageSize=2");
        Assert.Equal(5, first.GetProperty("total").GetInt32());
        Assert.Equal(3, first.GetProperty("pageCount").GetInt32());
        var pages = new List<Guid>();
        for (var page = 1; page <= 3; page++)
            pages.AddRange((await clerk.GetFromJsonAsync<JsonElement>($"/api/instances?pageSize=2&page={page}")).GetProperty("items").EnumerateArray()
                .Select(i => i.GetProperty("id").GetGuid()));
        Assert.Equal(Enumerable.Reverse(started), pages);
        // Out-of-range sizes are brought within bounds.
        Assert.Equal(200, (await clerk.GetFromJsonAsync<JsonElement>("/api/instances?pageSize=100000")).GetProperty("pageSize").GetInt32());
        Assert.Equal(1, (await clerk.GetFromJsonAsync<JsonElement>("/api/instances?pageSize=0")).GetProperty("pageSize").GetInt32());

        var inbox = new List<Guid>();
        for (var page = 1; page <= 3; page++)
        {
            var response = await clerk.GetAsync($"/api/inbox?pageSize=2&page={page}");
            Assert.Equal("5", response.Headers.GetValues("X-Total-Count").Single());
            inbox.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(t => t.GetProperty("instanceId").GetGuid()));
        }
        Assert.Equal(started.Order(), inbox.Order());
    }

}

/// <summary>The pager under the documents list, on an app of its own (it needs more documents than one page holds).</summary>
public sealed class PagerPageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_pages_show_a_pager_in_Vietnamese_that_keeps_the_filters()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        for (var i = 0; i < 51; i++) await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"));

        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var first = await browser.GetStringAsync("/Documents?kind=directive");
        Assert.Contains("Trang 1/2 · 51 kết quả", first);
        Assert.Contains("href=\"/Documents?kind=directive&amp;trang=2\"", first);
        var second = await browser.GetStringAsync("/Documents?kind=directive&trang=2");
        Assert.Contains("Trang 2/2 · 51 kết quả", second);
        Assert.Contains("« Trang trước", second);
        Assert.DoesNotContain("Trang sau »", second);
    }
}
