using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;
using Microsoft.Playwright;
using static EmulationDocs.Web.BrowserTests.DirectivePages;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>
/// An award proposal of Trường THCS Trực Đại through xã Trực Đại, the district council of Trực Ninh and the province of Nam
/// Định (samples/scenarios/award-proposal.json): the clerk enters the candidates in the editor (one by hand, the rest from
/// an .xlsx), the commune's clerk writes the commune's Tờ trình and its council's minutes in the review forms, a district
/// council member votes per candidate on the page, and the province's registry issues the decision.
/// The other steps go through the API as the scenario's users.
/// </summary>
public sealed class AwardProposalBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string Title = "Đề nghị khen thưởng năm 2024 - Trường THCS Trực Đại (trình duyệt)";
    private const string Principal = "hieutruong.thcstrucdai";
    private const string CommuneClerk = "vanhoa.trucdai";
    private const string DistrictCouncilMember = "chutich.trucninh";
    private const string ProvinceRegistry = "vanthu.namdinh";

    /// <summary>Scenario steps done on the pages: start and submit (0, 1), the commune's review (12), a district vote (25), the province's issue (61).</summary>
    private static readonly int[] OnPages = [0, 1, 12, 25, 61];

    [Fact]
    public async Task Award_proposal_goes_from_the_school_to_the_provinces_decision_with_candidates_entered_and_imported()
    {
        var scenario = AwardProposalSeed.Scenario();
        var steps = scenario["steps"]!.AsArray().Select(s => s!.AsObject()).ToList();
        Assert.Equal((CommuneClerk, "approve"), (steps[12]["user"]!.GetValue<string>(), steps[12]["action"]!.GetValue<string>()));
        Assert.Equal((DistrictCouncilMember, "vote"), (steps[25]["user"]!.GetValue<string>(), steps[25]["action"]!.GetValue<string>()));
        Assert.Equal((ProvinceRegistry, "issue"), (steps[61]["user"]!.GetValue<string>(), steps[61]["action"]!.GetValue<string>()));
        using var api = new AwardScenarioApi(browser.App.BaseUrl);

        Guid id;
        await using (var clerk = await browser.NewSessionAsync(output))
        {
            await clerk.SignInAsync(AwardProposalSeed.SchoolClerk);
            id = await StartWithCandidatesAsync(clerk, AwardProposalSeed.Submission());
        }

        await using (var principal = await browser.NewSessionAsync(output))
        {
            await principal.SignInAsync(Principal);
            await Assertions.Expect(principal.Page.GetByRole(AriaRole.Link, new() { Name = Title })).ToBeVisibleAsync();
            await principal.ScreenshotAsync("award-02-inbox");
            await OpenTaskAsync(principal.Page, Title);
            await Assertions.Expect(principal.Page.GetByRole(AriaRole.Button, new() { Name = "Đồng ý", Exact = true })).ToBeVisibleAsync();
            await principal.ScreenshotAsync("award-03-task-page");
        }

        for (var i = 2; i < 12; i++) await api.RunAsync(steps[i], id, i);

        await using (var communeClerk = await browser.NewSessionAsync(output))
        {
            await communeClerk.SignInAsync(CommuneClerk);
            await OpenTaskAsync(communeClerk.Page, Title);
            var page = communeClerk.Page;
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nội dung tờ trình" })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nội dung biên bản" })).ToBeVisibleAsync();
            // The Tờ trình came up with the school's candidates; the minutes start with the commune's place.
            await Assertions.Expect(page.Locator("[name$='.members.name'][value='Phạm Thị Lệ']")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator("[name='minutes.place']")).ToHaveValueAsync("Trực Đại");
            var missing = page.Locator("[data-missing-summary]");
            await Assertions.Expect(missing).ToContainTextAsync("Còn thiếu trước khi đồng ý");
            var data = steps[12]["data"]!.AsObject();
            await FillDocumentAsync(page, "submission", data["submission"]!.AsObject());
            await FillDocumentAsync(page, "minutes", data["minutes"]!.AsObject());
            await Assertions.Expect(missing).ToBeEmptyAsync();
            await communeClerk.ScreenshotAsync("award-03b-review-form");
            await ActAsync(page, "Đồng ý");
        }

        for (var i = 13; i < 25; i++) await api.RunAsync(steps[i], id, i);

        await using (var member = await browser.NewSessionAsync(output))
        {
            await member.SignInAsync(DistrictCouncilMember);
            await OpenTaskAsync(member.Page, Title);
            var rows = member.Page.Locator("table.list tbody tr");
            var votes = steps[25]["votes"]!.AsObject();
            await Assertions.Expect(rows).ToHaveCountAsync(votes.Count);
            foreach (var (candidate, agree) in votes)
            {
                var row = rows.Filter(new() { HasText = candidate });
                await row.GetByRole(AriaRole.Radio, new() { Name = agree!.GetValue<bool>() ? "Đồng ý" : "Không đồng ý", Exact = true }).CheckAsync();
            }
            await member.ScreenshotAsync("award-04-council-vote");
            await ActAsync(member.Page, "Gửi phiếu biểu quyết");
        }

        for (var i = 26; i < 61; i++) await api.RunAsync(steps[i], id, i);

        await using var registry = await browser.NewSessionAsync(output);
        await registry.SignInAsync(ProvinceRegistry);
        await OpenTaskAsync(registry.Page, Title);
        await ActAsync(registry.Page, "Cấp số và ban hành");

        var details = await (await api.ClientAsync(ProvinceRegistry)).GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        Assert.Equal("Completed", details.GetProperty("status").GetString());
        var decision = details.GetProperty("versions").EnumerateArray()
            .Last(v => v.GetProperty("role").GetString() == "decision" && v.GetProperty("frozen").GetBoolean());
        var reference = decision.GetProperty("reference").GetString()!;
        Assert.Matches(@"^\d{2}/QĐ-", reference);

        await registry.Page.GotoAsync($"/Documents/{id}");
        var issuedRow = registry.Page.Locator("table.list tr").Filter(new() { HasText = reference });
        await Assertions.Expect(issuedRow).ToHaveCountAsync(1);
        await registry.ScreenshotAsync("award-05-issued-decision");
        var download = await registry.Page.RunAndWaitForDownloadAsync(() => issuedRow.GetByRole(AriaRole.Link, new() { Name = "Tải về (.docx)" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"browser-award-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(file);
        try
        {
            var paragraphs = DocxParagraphs(file);
            Assert.Contains(paragraphs, p => p.Contains($"Số: {reference}"));
            // The province grants its own titles: the candidate typed by hand and the collective imported from the sheet.
            Assert.Contains(paragraphs, p => p.Contains("Phạm Thị Lệ"));
            Assert.Contains(paragraphs, p => p.Contains("Trường THCS Trực Đại"));
            Assert.Contains(paragraphs, p => p.Contains("Bằng khen của Chủ tịch UBND tỉnh"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>
    /// Types a document's data into the review form whose keys start with <paramref name="prefix"/>: nested fields, lists of
    /// text one per line, lists of objects row by row in the table editor (rows added with "Thêm dòng" as needed).
    /// </summary>
    private static async Task FillDocumentAsync(IPage page, string prefix, JsonObject document)
    {
        foreach (var (name, value) in document)
        {
            var key = $"{prefix}.{name}";
            switch (value)
            {
                case JsonObject group:
                    await FillDocumentAsync(page, key, group);
                    break;
                case JsonArray list when list.All(i => i is JsonObject):
                    var editor = page.Locator("fieldset.table-editor").Filter(new() { Has = page.Locator($"[name^='{key}[']") });
                    while (await editor.Locator("tbody tr[data-row]").CountAsync() < list.Count)
                        await editor.GetByRole(AriaRole.Button, new() { Name = "Thêm dòng" }).ClickAsync();
                    var rows = editor.Locator("tbody tr[data-row]");
                    for (var row = 0; row < list.Count; row++)
                        foreach (var (column, cell) in list[row]!.AsObject())
                            await rows.Nth(row).Locator($"[name$='].{column}']").FillAsync(cell!.ToString());
                    break;
                case JsonArray lines:
                    await page.Locator($"[name='{key}']").FillAsync(string.Join("\n", lines.Select(l => l!.GetValue<string>())));
                    break;
                default:
                    await page.Locator($"[name='{key}']").FillAsync(value!.ToString());
                    break;
            }
        }
    }

    /// <summary>
    /// Fills the school's Tờ trình from the scenario, types Phạm Thị Lệ into the candidate editor, imports the other
    /// candidates from a generated .xlsx, then "Lưu và trình". Returns the document's id.
    /// </summary>
    private async Task<Guid> StartWithCandidatesAsync(BrowserSession session, JsonObject submission)
    {
        var page = session.Page;
        await page.GotoAsync("/Documents/New");
        await page.Locator($"a[href*='definition=award-proposal'][href*='unit={AwardProposalSeed.School}']").ClickAsync();
        var missing = page.Locator("[data-missing-summary]");
        await Assertions.Expect(missing).ToContainTextAsync("Trích yếu nội dung");
        await Assertions.Expect(missing).ToContainTextAsync("Danh sách đề nghị khen thưởng (chưa có dòng nào)");

        await page.Locator("input[name=title]").FillAsync(Title);
        foreach (var key in new[] { "issuingBody", "place", "year", "summary", "addressees", "body", "recipients" })
            await page.Locator($"[name='doc.{key}']").FillAsync(submission[key] switch
            {
                JsonArray lines => string.Join("\n", lines.Select(l => l!.GetValue<string>())),
                var value => value is JsonValue text && text.GetValueKind() == JsonValueKind.String ? text.GetValue<string>() : value!.ToJsonString(),
            });

        // By hand, in the first row; a second row added in place by the script and left blank.
        var rows = page.Locator("fieldset.table-editor tbody tr[data-row]");
        var before = await rows.CountAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm dòng" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(before + 1);
        await page.Locator("[name='doc.awardGroups[0].title']").SelectOptionAsync("Bằng khen của Chủ tịch UBND tỉnh");
        await page.Locator("[name='doc.awardGroups[0].kind']").SelectOptionAsync("individual");
        await page.Locator("[name='doc.awardGroups[0].members.name']").FillAsync("Phạm Thị Lệ");
        await Assertions.Expect(missing).ToContainTextAsync("dòng 1: Đơn vị");
        await page.Locator("[name='doc.awardGroups[0].members.position']").FillAsync("Phó Hiệu trưởng");
        await page.Locator("[name='doc.awardGroups[0].members.unit']").FillAsync("Trường THCS Trực Đại");

        // The others from a sheet as a school would keep it, appended to the typed row.
        var sheet = Path.Combine(Path.GetTempPath(), $"danh-sach-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(sheet, SpreadsheetFile.Xlsx(
            ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Danh hiệu/hình thức đề nghị", "Đối tượng"],
            ["1", "Trần Thị Thúy", "Giáo viên", "Trường THCS Trực Đại", "Chiến sĩ thi đua cơ sở", "Cá nhân"],
            ["2", "Vũ Thị Bích Ngọc", "Giáo viên", "Trường THCS Trực Đại", "Chiến sĩ thi đua cơ sở", "Cá nhân"],
            ["3", "Tổ Khoa học Tự nhiên", "", "Trường THCS Trực Đại", "Tập thể lao động tiên tiến", "Tập thể"],
            ["4", "Tổ Khoa học Xã hội", "", "Trường THCS Trực Đại", "Tập thể lao động tiên tiến", "Tập thể"],
            ["5", "Trường THCS Trực Đại", "", "Phòng Giáo dục và Đào tạo huyện Trực Ninh", "Bằng khen của Chủ tịch UBND tỉnh", "Tập thể"]));
        try
        {
            await page.Locator("input[name='doc.awardGroups.sheet']").SetInputFilesAsync(sheet);
            await page.GetByRole(AriaRole.Button, new() { Name = "Nhập từ Excel" }).ClickAsync();
            await Assertions.Expect(page.Locator("p.notice")).ToContainTextAsync("Đã nhập 5 dòng");
        }
        finally
        {
            File.Delete(sheet);
        }
        await Assertions.Expect(page.Locator("[name$='.members.name'][value='Phạm Thị Lệ']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[name$='.members.name'][value='Tổ Khoa học Xã hội']")).ToHaveCountAsync(1);
        await Assertions.Expect(missing).ToBeEmptyAsync();
        await session.ScreenshotAsync("award-01-new-form-candidates");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu và trình", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Documents/") && !url.Contains("/New"));
        return Guid.Parse(new Uri(page.Url).AbsolutePath["/Documents/".Length..]);
    }
}
