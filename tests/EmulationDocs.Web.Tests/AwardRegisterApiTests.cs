using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Core.Awards;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationDocs.Web.Tests;

/// <summary>GET /api/awards: the register of the user's units and below, searched with diacritics ignored, paged with its total.</summary>
public sealed class AwardRegisterApiTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static AwardRecord Award(string name, string unitId, string title, int day) => new()
    {
        Kind = AwardeeKind.Individual, Name = name, UnitName = "Trường THCS Trực Đại", UnitId = unitId, Title = title, Year = 2024,
        DecisionNumber = $"{day:00}/QĐ-UBND", DecisionDate = new DateOnly(2024, 12, day), IssuingAuthority = "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH",
        IssuingUnitId = unitId, SearchText = AwardSearchText.Of(name, "Trường THCS Trực Đại"), CreatedAt = DateTime.UtcNow,
    };

    [Fact]
    public async Task The_register_lists_the_users_subtree_searched_without_diacritics_with_the_total_in_a_header()
    {
        await using (var context = app.Services.GetRequiredService<DatabaseFactory>().Create())
        {
            context.Awards.AddRange(
                Award("Nguyễn Thị Thu Hằng", "truc-ninh", "Chiến sĩ thi đua cơ sở", 20),
                Award("Đặng Văn Quyết", "truc-ninh", "Lao động tiên tiến", 10),
                Award("Lê Thị Khác", "truc-dai", "Lao động tiên tiến", 5));
            await context.SaveChangesAsync();
        }
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);

        var response = await clerk.GetAsync("/api/awards?q=dang%20van&pageSize=1");
        response.EnsureSuccessStatusCode();
        Assert.Equal("1", Assert.Single(response.Headers.GetValues("X-Total-Count")));
        var item = Assert.Single((await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray());
        Assert.Equal("Đặng Văn Quyết", item.GetProperty("name").GetString());
        Assert.Equal("Individual", item.GetProperty("kind").GetString());
        Assert.Equal("10/QĐ-UBND", item.GetProperty("decisionNumber").GetString());

        var lao = await clerk.GetFromJsonAsync<JsonElement>("/api/awards?title=" + Uri.EscapeDataString("Lao động tiên tiến") + "&year=2024");
        Assert.Contains(lao.EnumerateArray(), a => a.GetProperty("name").GetString() == "Đặng Văn Quyết");
        Assert.DoesNotContain(lao.EnumerateArray(), a => a.GetProperty("name").GetString() == "Nguyễn Thị Thu Hằng");

        // The other commune's clerk sees their own commune's award, not the district's.
        var other = await app.ApiClientAsync(TrucNinhDirective.OtherCommuneClerk);
        var names = (await other.GetFromJsonAsync<JsonElement>("/api/awards")).EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.DoesNotContain("Đặng Văn Quyết", names);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/awards")).StatusCode);
    }

    [Fact]
    public async Task The_register_page_lists_filters_and_exports_the_same_selection_as_xlsx()
    {
        await using (var context = app.Services.GetRequiredService<DatabaseFactory>().Create())
        {
            context.Awards.AddRange(
                Award("Trần Minh Phương", "truc-ninh", "Giấy khen", 12),
                Award("Phạm Thị Phượng Vỹ", "truc-ninh", "Lao động tiên tiến", 13));
            await context.SaveChangesAsync();
        }
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);

        var page = await browser.GetStringAsync("/Awards?q=phuong");
        Assert.Contains("<h1>Sổ khen thưởng</h1>", page);
        Assert.Contains("Trần Minh Phương", page);
        Assert.Contains("Phạm Thị Phượng Vỹ", page);
        Assert.Contains("12/QĐ-UBND", page);
        var filtered = await browser.GetStringAsync("/Awards?q=phuong&title=" + Uri.EscapeDataString("Giấy khen"));
        Assert.Contains("Trần Minh Phương", filtered);
        Assert.DoesNotContain("Phạm Thị Phượng Vỹ", filtered);

        var export = await browser.GetAsync("/Awards?handler=Export&q=phuong&title=" + Uri.EscapeDataString("Giấy khen"));
        export.EnsureSuccessStatusCode();
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        var rows = EmulationDocs.Web.Features.Tables.XlsxSheet.Read(await export.Content.ReadAsStreamAsync());
        Assert.Equal(["Năm", "Cá nhân/Tập thể", "Họ và tên / Tên tập thể"], rows[0].Cells.Take(3));
        var line = Assert.Single(rows.Skip(1));
        Assert.Equal(["2024", "Cá nhân", "Trần Minh Phương"], line.Cells.Take(3));
        Assert.Equal("12/12/2024", line.Cells[7]);
    }
}
