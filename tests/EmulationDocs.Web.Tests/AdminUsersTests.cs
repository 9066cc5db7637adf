using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Quản trị › Người dùng and /api/admin/users: accounts and roles give and take away access for real.</summary>
public sealed class AdminUsersTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_users_list_is_paged_with_its_total_and_found_without_diacritics_or_case()
    {
        var admin = await app.ApiClientAsync(DemoAdministrators.Province);

        var first = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?pageSize=20");
        var total = first.GetProperty("total").GetInt32();
        var ids = new List<string>();
        for (var page = 1; page <= first.GetProperty("pageCount").GetInt32(); page++)
            ids.AddRange((await admin.GetFromJsonAsync<JsonElement>($"/api/admin/users?pageSize=20&page={page}")).GetProperty("items").EnumerateArray()
                .Select(u => u.GetProperty("id").GetString()!));
        var found = await admin.GetFromJsonAsync<JsonElement>("/api/admin/users?q=DANG%20minh");

        Assert.True(total > 20, $"{total} users");
        Assert.Equal((20, (total + 19) / 20), (first.GetProperty("items").GetArrayLength(), first.GetProperty("pageCount").GetInt32()));
        Assert.Equal(total, ids.Distinct().Count());
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Contains(found.GetProperty("items").EnumerateArray(), u => u.GetProperty("fullName").GetString() == "Đặng Minh Tuấn");
        Assert.All(found.GetProperty("items").EnumerateArray(), u => Assert.Contains("minh", u.GetProperty("fullName").GetString()!, StringComparison.OrdinalIgnoreCase));
        var browser = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        Assert.Contains($"Trang 1/{(total + 49) / 50} · {total} kết quả", await browser.GetStringAsync("/Admin/Users"));
    }

    [Fact]
    public async Task A_user_created_with_a_role_signs_in_and_sees_the_units_documents_until_the_role_is_revoked()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "admin-users-start")).GetProperty("instanceId").GetGuid();

        var admin = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var created = await WebAppFactory.PostFormAsync(admin, "/Admin/Users", new()
        {
            ["Form.Id"] = "chuyenvien2.noivu.trucninh", ["Form.FullName"] = "Lê Thị Thu Hà", ["Form.Email"] = "ha.lt@example.gov.vn",
            ["Form.Password"] = WebAppFactory.Password, ["Form.Unit"] = "truc-ninh", ["Form.Role"] = "clerk", ["Form.Title"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/Admin/Users/chuyenvien2.noivu.trucninh", created.Headers.Location!.OriginalString);
        var page = await admin.GetStringAsync("/Admin/Users/chuyenvien2.noivu.trucninh");
        Assert.Contains("Đã tạo người dùng chuyenvien2.noivu.trucninh.", page);
        Assert.Contains("Lê Thị Thu Hà", page);
        Assert.Contains("Chuyên viên", page);
        Assert.Contains("chuyenvien2.noivu.trucninh", await admin.GetStringAsync("/Admin/Users?q=thu+h%C3%A0"));

        var newcomer = await app.SignedInBrowserAsync("chuyenvien2.noivu.trucninh");
        Assert.Contains("Việc cần xử lý", await newcomer.GetStringAsync("/"));
        var api = await app.ApiClientAsync("chuyenvien2.noivu.trucninh");
        Assert.Contains((await api.GetFromJsonAsync<JsonElement>("/api/instances")).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/instances/{id}")).StatusCode);

        var adminApi = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NoContent, (await adminApi.DeleteAsync("/api/admin/users/chuyenvien2.noivu.trucninh/roles/truc-ninh/clerk")).StatusCode);
        // The revocation ended the user's token and cookie; signed in again, they hold no role and see nothing.
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/instances")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await newcomer.GetAsync("/")).StatusCode);
        api = await app.ApiClientAsync("chuyenvien2.noivu.trucninh");
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/instances")).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/instances/{id}")).StatusCode);
        // Holding no role in the district any more, the user is out of its administrator's reach.
        Assert.Equal(HttpStatusCode.NotFound, (await adminApi.GetAsync("/api/admin/users/chuyenvien2.noivu.trucninh")).StatusCode);
    }

    [Fact]
    public async Task Roles_are_granted_and_revoked_on_the_user_page_and_passwords_reset()
    {
        var admin = await app.SignedInBrowserAsync(DemoAdministrators.District);
        var page = "/Admin/Users/vanhoa.tructhang";
        var grant = await WebAppFactory.PostFormAsync(admin, page + "?handler=Grant", new()
        {
            ["Grant.Unit"] = "th-truc-thang", ["Grant.Role"] = "registry", ["Grant.Title"] = "",
        }, page);
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        var html = await admin.GetStringAsync(page);
        Assert.Contains("Đã giao vai trò.", html);
        Assert.Contains("Văn thư", html);

        var again = await WebAppFactory.PostFormAsync(admin, page + "?handler=Grant", new() { ["Grant.Unit"] = "th-truc-thang", ["Grant.Role"] = "registry" }, page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Người dùng đã giữ vai trò này tại đơn vị này.", await again.Content.ReadAsStringAsync());

        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var user = await api.GetFromJsonAsync<JsonElement>("/api/admin/users/vanhoa.tructhang");
        Assert.Contains(user.GetProperty("roles").EnumerateArray(), r => r.GetProperty("unitId").GetString() == "th-truc-thang" && r.GetProperty("role").GetString() == "registry");

        var revoke = await WebAppFactory.PostFormAsync(admin, page + "?handler=Revoke", new() { ["unit"] = "th-truc-thang", ["role"] = "registry" }, page);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        user = await api.GetFromJsonAsync<JsonElement>("/api/admin/users/vanhoa.tructhang");
        Assert.DoesNotContain(user.GetProperty("roles").EnumerateArray(), r => r.GetProperty("role").GetString() == "registry");

        var shortPassword = await WebAppFactory.PostFormAsync(admin, page + "?handler=Password", new() { ["Password"] = "ngan" }, page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, shortPassword.StatusCode);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", await shortPassword.Content.ReadAsStringAsync());
        var reset = await WebAppFactory.PostFormAsync(admin, page + "?handler=Password", new() { ["Password"] = "MatKhauMoi@2025" }, page);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/auth/token", new { user = "vanhoa.tructhang", password = WebAppFactory.Password })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/token", new { user = "vanhoa.tructhang", password = "MatKhauMoi@2025" })).StatusCode);
    }

    [Fact]
    public async Task A_refused_new_user_lists_the_problems_and_is_not_created()
    {
        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var response = await api.PostAsJsonAsync("/api/admin/users", new
        {
            id = "Nguyễn Văn A", fullName = " ", email = "a@", password = "123", unit = "truc-ninh", role = "thu-ky",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var errors = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(5, errors.Count);
        Assert.Contains("Họ và tên không được để trống.", errors);
        Assert.Contains("Mật khẩu phải có ít nhất 10 ký tự.", errors);
        Assert.Contains("Hãy chọn một vai trò trong danh sách.", errors);
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/admin/users?pageSize=200")).GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetString() == "Nguyễn Văn A");
    }

    [Fact]
    public async Task A_district_administrator_cannot_reach_province_users_or_grant_roles_outside_the_district()
    {
        var api = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/admin/users/chutich.namdinh")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/admin/users/quantri.namdinh/password", new { password = "ChiemQuyen@2025" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/admin/users/vanhoa.tructhang/roles", new { unit = "nam-dinh", role = "admin" })).StatusCode);
        var create = await api.PostAsJsonAsync("/api/admin/users", new
        {
            id = "nguoila", fullName = "Người Lạ", password = "MatKhau@2025", unit = "so-noi-vu-nam-dinh", role = "clerk",
        });
        Assert.Equal(HttpStatusCode.NotFound, create.StatusCode);
        Assert.DoesNotContain((await api.GetFromJsonAsync<JsonElement>("/api/admin/users?pageSize=200")).GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetString() == "chutich.namdinh");

        var browser = await app.SignedInBrowserAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Admin/Users/chutich.namdinh")).StatusCode);
        // The province administrator sees the district's users too.
        var province = await app.ApiClientAsync(DemoAdministrators.Province);
        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync("/api/admin/users/vanhoa.tructhang")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_revoke_their_own_administrator_role()
    {
        var api = await app.ApiClientAsync(DemoAdministrators.District);
        var response = await api.DeleteAsync($"/api/admin/users/{DemoAdministrators.District}/roles/truc-ninh/admin");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/admin/units")).StatusCode);
    }
}
