using System.Text.RegularExpressions;
using EmulationDocs.Testing;
using Microsoft.Playwright;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>Quản trị in Chromium: a district administrator adds a school and its registry clerk, who can then sign in there.</summary>
public sealed class AdminBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string School = "Trường Mầm non Trực Đại";

    [Fact]
    public async Task A_district_administrator_adds_a_school_and_its_clerk_who_then_signs_in_there()
    {
        await using (var admin = await browser.NewSessionAsync(output))
        {
            await admin.SignInAsync(DemoAdministrators.District);
            await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Quản trị", Exact = true }).ClickAsync();
            await Assertions.Expect(admin.Page.Locator("h1")).ToHaveTextAsync("Quản trị");
            await admin.ScreenshotAsync("admin-01-landing");

            await admin.Page.GotoAsync("/Admin/Units/New?parent=truc-dai");
            await admin.Page.GetByLabel("Mã đơn vị").FillAsync("mn-truc-dai");
            await admin.Page.Locator("select[name='Form.Level']").SelectOptionAsync("unit");
            await admin.Page.GetByLabel("Tên đơn vị").FillAsync(School);
            await admin.Page.GetByLabel("Tên cơ quan in ở tiêu đề văn bản").FillAsync("PHÒNG GD&ĐT TRỰC NINH\nTRƯỜNG MẦM NON TRỰC ĐẠI");
            await admin.Page.GetByLabel("Chữ viết tắt trong ký hiệu văn bản").FillAsync("MNTĐ");
            await admin.Page.GetByLabel("Địa danh").FillAsync("Trực Đại");
            await admin.Page.GetByLabel("E-mail nhận văn bản").FillAsync("mamnon@trucdai.trucninh.namdinh.example.gov.vn");
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Thêm đơn vị" }).ClickAsync();
            await admin.Page.GotoAsync("/Admin/Units");
            await Assertions.Expect(admin.Page.Locator("main")).ToContainTextAsync(School);
            await admin.ScreenshotAsync("admin-02-units");

            await admin.Page.GotoAsync("/Admin/Users");
            // The password's hint mentions "tên đăng nhập" too: the field whose name starts with it.
            await admin.Page.GetByRole(AriaRole.Textbox, new() { NameRegex = new Regex("^Tên đăng nhập") }).FillAsync("vanthu.mntrucdai");
            await admin.Page.GetByLabel("Họ và tên").FillAsync("Đỗ Thị Lan");
            await admin.Page.GetByLabel("Mật khẩu ban đầu").FillAsync(BrowserSession.Password);
            await admin.Page.Locator("select[name='Form.Unit']").SelectOptionAsync("mn-truc-dai");
            await admin.Page.Locator("select[name='Form.Role']").SelectOptionAsync("registry");
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo người dùng" }).ClickAsync();
            await Assertions.Expect(admin.Page.Locator("main")).ToContainTextAsync("vanthu.mntrucdai");
            await admin.ScreenshotAsync("admin-03-user");

            await admin.Page.GotoAsync("/Admin/Delegations");
            await admin.ScreenshotAsync("admin-04-delegations");
            // Workflow definitions serve the whole organisation: not the district's to manage.
            var workflows = await admin.Page.GotoAsync("/Admin/Workflows");
            Assert.Equal(403, workflows!.Status);
        }

        await using (var clerk = await browser.NewSessionAsync(output))
        {
            await clerk.SignInAsync("vanthu.mntrucdai");
            await Assertions.Expect(clerk.Page.Locator("header .units")).ToContainTextAsync(School);
        }

        await using (var province = await browser.NewSessionAsync(output))
        {
            await province.SignInAsync(DemoAdministrators.Province);
            await province.Page.GotoAsync("/Admin/Workflows");
            await Assertions.Expect(province.Page.Locator("main")).ToContainTextAsync("award-proposal");
            await province.ScreenshotAsync("admin-05-workflows");
            await province.Page.GotoAsync("/Admin/Templates");
            await Assertions.Expect(province.Page.Locator("main")).ToContainTextAsync("council-minutes");
            await province.ScreenshotAsync("admin-06-templates");
        }
    }
}
