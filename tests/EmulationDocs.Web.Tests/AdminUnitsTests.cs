using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Quản trị › Đơn vị and /api/admin/units: the administered tree, new child units, the address book, and its limits.</summary>
public sealed class AdminUnitsTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_district_administrator_creates_a_commune_with_an_email_and_it_shows_in_the_tree_and_the_api()
    {
        var browser = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var response = await WebAppFactory.PostFormAsync(browser, "/Admin/Units/New?parent=truc-ninh", new()
        {
            ["parent"] = "truc-ninh", ["Form.Id"] = "truc-tuan", ["Form.Level"] = "commune", ["Form.Name"] = "Ủy ban nhân dân xã Trực Tuấn",
            ["Form.HeaderName"] = "ỦY BAN NHÂN DÂN\nXÃ TRỰC TUẤN", ["Form.Abbreviation"] = "UBND", ["Form.Place"] = "Trực Tuấn",
            ["Form.Email"] = "ubnd.tructuan@example.gov.vn", ["Form.Aliases"] = "UBND xã Trực Tuấn\n\n  Xã Trực Tuấn  ",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin/Units", response.Headers.Location!.OriginalString);

        var tree = await browser.GetStringAsync("/Admin/Units");
        Assert.Contains("Đã thêm đơn vị &quot;Ủy ban nhân dân xã Trực Tuấn&quot;.", tree);
        Assert.Contains("ubnd.tructuan@example.gov.vn", tree);
        Assert.DoesNotContain("Ủy ban nhân dân tỉnh Nam Định", tree);

        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var unit = await api.GetFromJsonAsync<JsonElement>("/api/admin/units/truc-tuan");
        Assert.Equal("truc-ninh", unit.GetProperty("parentId").GetString());
        Assert.Equal("commune", unit.GetProperty("level").GetString());
        Assert.Equal("ubnd.tructuan@example.gov.vn", unit.GetProperty("email").GetString());
        Assert.Equal(["UBND xã Trực Tuấn", "Xã Trực Tuấn"], unit.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task Editing_a_unit_changes_its_address_book_entry()
    {
        var browser = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var page = await browser.GetStringAsync("/Admin/Units/truc-hung");
        Assert.Contains("Trực Hùng", page);
        var response = await WebAppFactory.PostFormAsync(browser, "/Admin/Units/truc-hung", new()
        {
            ["Form.Name"] = "Ủy ban nhân dân xã Trực Hùng", ["Form.HeaderName"] = "ỦY BAN NHÂN DÂN\nXÃ TRỰC HÙNG", ["Form.Abbreviation"] = "UBND",
            ["Form.Place"] = "Trực Hùng", ["Form.Email"] = "vanthu.truchung@example.gov.vn", ["Form.Aliases"] = "UBND xã Trực Hùng",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Đã lưu thông tin đơn vị.", await browser.GetStringAsync("/Admin/Units/truc-hung"));

        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var unit = await api.GetFromJsonAsync<JsonElement>("/api/admin/units/truc-hung");
        Assert.Equal("vanthu.truchung@example.gov.vn", unit.GetProperty("email").GetString());
        Assert.Equal(["UBND xã Trực Hùng"], unit.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));

        var put = await api.PutAsJsonAsync("/api/admin/units/truc-hung", new
        {
            name = "Ủy ban nhân dân xã Trực Hùng", headerName = "ỦY BAN NHÂN DÂN\nXÃ TRỰC HÙNG", abbreviation = "UBND", place = "Trực Hùng",
            email = "ubnd.truchung@example.gov.vn", aliases = Array.Empty<string>(),
        });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var updated = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ubnd.truchung@example.gov.vn", updated.GetProperty("email").GetString());
        Assert.Empty(updated.GetProperty("aliases").EnumerateArray());
    }

    [Fact]
    public async Task Refused_units_list_every_problem_keep_the_input_and_store_nothing()
    {
        var browser = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var response = await WebAppFactory.PostFormAsync(browser, "/Admin/Units/New?parent=truc-dai", new()
        {
            ["parent"] = "truc-dai", ["Form.Id"] = "Trường Mới", ["Form.Level"] = "commune", ["Form.Name"] = "Trường Tiểu học Trực Đại",
            ["Form.HeaderName"] = "", ["Form.Abbreviation"] = "TH", ["Form.Place"] = "Trực Đại", ["Form.Email"] = "khong-phai-email",
        });
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Mã đơn vị chỉ gồm chữ thường không dấu", html);
        Assert.Contains("Đơn vị trực thuộc phải ở cấp thấp hơn", html);
        Assert.Contains("Tên cơ quan in ở tiêu đề không được để trống.", html);
        Assert.Contains("Địa chỉ e-mail &#x27;khong-phai-email&#x27; không hợp lệ.", html);
        Assert.Contains("value=\"Trường Tiểu học Trực Đại\"", html);

        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var units = await api.GetFromJsonAsync<JsonElement>("/api/admin/units");
        Assert.DoesNotContain(units.EnumerateArray(), u => u.GetProperty("name").GetString() == "Trường Tiểu học Trực Đại");

        var post = await api.PostAsJsonAsync("/api/admin/units", new
        {
            id = "truc-ninh", parentId = "truc-ninh", level = "commune", name = "X", headerName = "X", abbreviation = "X", place = "X",
        });
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Contains("Đã có đơn vị mang mã 'truc-ninh'.", (await post.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_district_administrator_gets_404_for_the_province_and_its_other_units()
    {
        var browser = await app.SignedInBrowserAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Admin/Units/nam-dinh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Admin/Units/New?parent=so-noi-vu-nam-dinh")).StatusCode);

        var api = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/admin/units/nam-dinh")).StatusCode);
        var put = await api.PutAsJsonAsync("/api/admin/units/nam-dinh", new
        {
            name = "X", headerName = "X", abbreviation = "X", place = "X", email = "chiem@example.gov.vn",
        });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        var post = await api.PostAsJsonAsync("/api/admin/units", new
        {
            id = "hai-hau", parentId = "nam-dinh", level = "district", name = "UBND huyện Hải Hậu", headerName = "X", abbreviation = "UBND", place = "Hải Hậu",
        });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var province = await app.ApiClientAsync(DemoAdministrators.Province);
        var unit = await province.GetFromJsonAsync<JsonElement>("/api/admin/units/nam-dinh");
        Assert.NotEqual("chiem@example.gov.vn", unit.GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await province.GetAsync("/api/admin/units/hai-hau")).StatusCode);
    }

    [Fact]
    public async Task A_clerk_gets_403_on_every_administration_page_and_endpoint()
    {
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        foreach (var page in new[] { "/Admin", "/Admin/Units", "/Admin/Units/truc-ninh", "/Admin/Users", "/Admin/Delegations", "/Admin/Workflows" })
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(page)).StatusCode);
        Assert.DoesNotContain("href=\"/Admin\"", await browser.GetStringAsync("/"));

        var api = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        foreach (var url in new[] { "/api/admin/units", "/api/admin/users", "/api/admin/delegations", "/api/admin/workflows" })
            Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync(url)).StatusCode);
        var post = await api.PostAsJsonAsync("/api/admin/users/chuyenvien.noivu.trucninh/roles", new { unit = "truc-ninh", role = "admin" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task The_landing_page_lists_the_sections_each_administrator_may_use()
    {
        var district = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var home = await district.GetStringAsync("/");
        Assert.Contains("href=\"/Admin\"", home);
        var landing = await district.GetStringAsync("/Admin");
        Assert.Contains("href=\"/Admin/Units\"", landing);
        Assert.Contains("href=\"/Admin/Users\"", landing);
        Assert.Contains("href=\"/Admin/Delegations\"", landing);
        Assert.DoesNotContain("href=\"/Admin/Workflows\"", landing);
        Assert.DoesNotContain("href=\"/Admin/Templates\"", landing);

        var province = await (await app.SignedInBrowserAsync(DemoAdministrators.Province)).GetStringAsync("/Admin");
        Assert.Contains("href=\"/Admin/Workflows\"", province);
        Assert.Contains("href=\"/Admin/Templates\"", province);
    }
}
