using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Văn bản: the list filtered by kind, year and unit, and searched in titles and summaries (trích yếu).</summary>
public sealed class DocumentListTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string SportsSummary = "Về việc tổ chức Hội khỏe Phù Đổng cấp huyện";

    [Fact]
    public async Task The_list_filters_by_kind_year_and_unit_and_finds_summaries_typed_without_diacritics()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var plain = await StartAsync(clerk, "Chỉ thị thi đua năm 2022", TrucNinhDirective.Data());
        var sportsData = TrucNinhDirective.Data();
        sportsData["summary"] = SportsSummary;
        var sports = await StartAsync(clerk, "Chỉ thị số hai", sportsData);
        var thisYear = DateTime.UtcNow.AddHours(7).Year;

        // The summary, not the title, holds the words; typed without Vietnamese marks.
        Assert.Equal([sports], await IdsAsync(clerk, "q=hoi%20khoe%20phu%20dong"));
        Assert.Equal([sports], await IdsAsync(clerk, "q=" + Uri.EscapeDataString("Hội khỏe")));
        Assert.Equal([sports, plain], await IdsAsync(clerk, "kind=directive"));
        Assert.Empty(await IdsAsync(clerk, "kind=plan"));
        Assert.Equal([sports, plain], await IdsAsync(clerk, $"year={thisYear}"));
        Assert.Empty(await IdsAsync(clerk, $"year={thisYear - 1}"));
        Assert.Equal([sports, plain], await IdsAsync(clerk, "unit=truc-ninh"));
        Assert.Empty(await IdsAsync(clerk, "unit=truc-dai"));
        Assert.Equal([sports], await IdsAsync(clerk, $"kind=directive&year={thisYear}&unit=truc-ninh&q=phu%20dong"));

        var list = await clerk.GetFromJsonAsync<JsonElement>("/api/instances");
        Assert.Contains(list.GetProperty("kinds").EnumerateArray(), k => k.GetProperty("value").GetString() == "directive" && k.GetProperty("label").GetString() == "Chỉ thị");
        Assert.Contains(list.GetProperty("years").EnumerateArray(), y => y.GetInt32() == thisYear);
        Assert.Contains(list.GetProperty("units").EnumerateArray(), u => u.GetProperty("label").GetString() == "Ủy ban nhân dân huyện Trực Ninh");

        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var page = await browser.GetStringAsync("/Documents?q=phu+dong&kind=directive");
        Assert.Contains("Chỉ thị số hai", page);
        Assert.DoesNotContain("Chỉ thị thi đua năm 2022", page);
        Assert.Contains($"<option value=\"{thisYear}\">Năm {thisYear}</option>", page);
        Assert.Contains("Không có văn bản nào khớp", await browser.GetStringAsync("/Documents?q=khong+co+gi+nhu+the"));
    }

    private static async Task<Guid> StartAsync(HttpClient clerk, string title, JsonObject data)
    {
        var response = await clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title, data = new JsonObject { ["main"] = data }, idempotencyKey = Guid.NewGuid().ToString("N"),
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
    }

    private static async Task<List<Guid>> IdsAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/instances?" + query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
