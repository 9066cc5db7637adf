using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>Award candidates imported from an .xlsx: on the API, and on the new-document page of the school's clerk.</summary>
public sealed class CandidateImportTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private const string ImportUrl = "/api/templates/award-submission/tables/awardGroups/import";
    private const string NewPage = "/Documents/New?definition=award-proposal&unit=thcs-truc-dai";

    /// <summary>Headings as people type them: another case, no diacritics, one part of a label, an extra "STT" column.</summary>
    private static readonly string[] Header = ["STT", "ho va ten", "CHỨC VỤ", "Đơn  vị", "Danh hiệu/hình thức đề nghị", "Đối tượng"];

    private static byte[] GoodSheet() => SpreadsheetFile.Xlsx(
        Header,
        ["1", "Trần Thị Thúy", "Giáo viên", "Trường THCS Trực Đại", "chiến sĩ thi đua cơ sở", "Cá nhân"],
        ["2", "Tổ Khoa học Tự nhiên", "", "Trường THCS Trực Đại", "Tập thể lao động tiên tiến", "tập thể"],
        ["3", "Vũ Thị Bích Ngọc", "Giáo viên", "Trường THCS Trực Đại", "Chiến sĩ thi đua cơ sở", "ca nhan"]);

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, byte[] file, string name = "danh-sach.xlsx")
    {
        var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", name);
        return await client.PostAsync(ImportUrl, content);
    }

    [Fact]
    public async Task A_good_sheet_becomes_the_award_groups_with_canonical_titles_and_kinds()
    {
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var response = await ImportAsync(clerk, GoodSheet());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(3, body["rows"]!.GetValue<int>());
        var expected = JsonNode.Parse("""
            [{ "title": "Chiến sĩ thi đua cơ sở", "kind": "individual", "members": [
                { "name": "Trần Thị Thúy", "position": "Giáo viên", "unit": "Trường THCS Trực Đại" },
                { "name": "Vũ Thị Bích Ngọc", "position": "Giáo viên", "unit": "Trường THCS Trực Đại" } ] },
             { "title": "Tập thể lao động tiên tiến", "kind": "collective", "members": [ { "name": "Tổ Khoa học Tự nhiên", "unit": "Trường THCS Trực Đại" } ] }]
            """);
        Assert.True(JsonNode.DeepEquals(expected, body["value"]), body["value"]!.ToJsonString());
    }

    [Fact]
    public async Task A_sheet_with_bad_rows_imports_nothing_and_names_each_row_and_column()
    {
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var sheet = SpreadsheetFile.Xlsx(
            Header,
            ["1", "Trần Thị Thúy", "Giáo viên", "Trường THCS Trực Đại", "Chiến sĩ thi đua cơ sở", "Cá nhân"],
            ["2", "", "Giáo viên", "Trường THCS Trực Đại", "Chiến sĩ thi đua cơ sở", "Cá nhân"],
            ["3", "Phạm Thị Lệ", "Giáo viên", "Trường THCS Trực Đại", "Huân chương Sao Vàng", "Cá nhân"]);
        var response = await ImportAsync(clerk, sheet);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var problems = problem.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal("Dòng 3, cột B: thiếu «Họ và tên / Tên tập thể».", problems[0]);
        Assert.StartsWith("Dòng 4, cột E: «Huân chương Sao Vàng» không có trong danh sách (", problems[1]);
        Assert.Contains("chưa dòng nào được nhập", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("value", out _));
    }

    [Fact]
    public async Task A_sheet_without_a_required_column_is_refused_by_its_header()
    {
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var response = await ImportAsync(clerk, SpreadsheetFile.Xlsx(["Họ và tên", "Danh hiệu"], ["Trần Thị Thúy", "Lao động tiên tiến"]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Equal(["Thiếu cột «Đối tượng» ở dòng tiêu đề.", "Thiếu cột «Đơn vị» ở dòng tiêu đề."], problems);
    }

    [Theory]
    [InlineData("not-a-zip")]
    [InlineData("a-word-file")]
    public async Task A_file_that_is_not_an_xlsx_is_refused(string kind)
    {
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var file = kind == "not-a-zip"
            ? "Họ và tên;Đơn vị\nTrần Thị Thúy;Trường THCS Trực Đại"u8.ToArray()
            : await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "templates", "directive.docx"));
        var response = await ImportAsync(clerk, file, "danh-sach.xlsx");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Tệp không phải là bảng tính Excel (.xlsx).", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_zip_bomb_is_refused_before_it_is_inflated()
    {
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var bomb = SpreadsheetFile.ZipBomb(megabytes: 200);
        Assert.True(bomb.Length < 1024 * 1024, $"The bomb is {bomb.Length} bytes.");
        var response = await ImportAsync(clerk, bomb);
        // Its one entry claims to be the sheet's XML: the inspection's XML reader refuses the first zeros it inflates.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("bị hỏng", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_sheet_nested_100000_deep_is_refused_and_the_server_stays_up()
    {
        // The Open XML SDK loads a sheet recursively: this ~8 KB file ended the server process with a stack overflow.
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var nested = HostilePackage.Nested(GoodSheet(), "xl/worksheets/sheet1.xml", 100_000);
        Assert.True(nested.Length < 64 * 1024, $"The file is {nested.Length} bytes.");

        var response = await ImportAsync(clerk, nested);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("lồng nhau quá 256 tầng", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ImportAsync(clerk, GoodSheet())).StatusCode);
    }

    [Theory]
    [InlineData("external-image", "nội dung lấy từ bên ngoài")]
    [InlineData("climbing-entry", "tên không hợp lệ")]
    [InlineData("duplicate-part", "hai thành phần cùng tên")]
    public async Task An_unsafe_sheet_is_refused_before_it_is_read(string kind, string expected)
    {
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var sheet = kind switch
        {
            "external-image" => HostilePackage.WithExternalRelationship(GoodSheet(), "xl/_rels/workbook.xml.rels", "image", "http://127.0.0.1:9/leak.png"),
            "climbing-entry" => HostilePackage.WithEntry(GoodSheet(), "../outside.xml", "<x/>"),
            _ => HostilePackage.WithEntry(GoodSheet(), "xl/workbook.xml", "<x/>"),
        };

        var response = await ImportAsync(clerk, sheet);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_sample_sheet_has_the_contract_labels_and_imports_once_filled()
    {
        var clerk = await app.ApiClientAsync(AwardProposalSeed.SchoolClerk);
        var sample = await clerk.GetAsync("/api/templates/award-submission/tables/awardGroups/sample.xlsx");
        Assert.Equal(HttpStatusCode.OK, sample.StatusCode);
        var path = Path.Combine(Path.GetTempPath(), $"sample-{Guid.NewGuid():N}.xlsx");
        await File.WriteAllBytesAsync(path, await sample.Content.ReadAsByteArrayAsync());
        try
        {
            var rows = EmulationDocs.Web.Features.Tables.XlsxSheet.Read(File.OpenRead(path));
            Assert.Equal(["Danh hiệu, hình thức khen thưởng", "Đối tượng", "Họ và tên / Tên tập thể", "Chức vụ", "Đơn vị"], rows[0].Cells);
            var filled = SpreadsheetFile.Xlsx([.. rows[0].Cells], [rows[1].Cells[0], rows[1].Cells[1], "Trần Thị Thúy", "Giáo viên", "Trường THCS Trực Đại"]);
            Assert.Equal(HttpStatusCode.OK, (await ImportAsync(clerk, filled)).StatusCode);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/templates/award-submission/tables/summary/sample.xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync("/api/templates/..%2Fsecrets/tables/awardGroups/sample.xlsx")).StatusCode);
    }

    [Fact]
    public async Task The_new_page_appends_imported_rows_to_those_typed_and_a_bad_sheet_loses_nothing()
    {
        var browser = await app.SignedInBrowserAsync(AwardProposalSeed.SchoolClerk);
        var page = await browser.GetStringAsync(NewPage);
        Assert.Contains("Danh sách đề nghị khen thưởng", page);
        Assert.Contains("name=\"doc.awardGroups[0].members.name\"", page);
        Assert.Contains("Tải bảng tính mẫu (.xlsx)", page);

        MultipartFormDataContent Form(byte[] sheet, string mode)
        {
            var form = new MultipartFormDataContent
            {
                { new StringContent(WebAppFactory.AntiforgeryToken(page)), "__RequestVerificationToken" },
                { new StringContent(WebAppFactory.HiddenValue(page, "idempotencyKey")), "idempotencyKey" },
                { new StringContent("award-proposal"), "definition" }, { new StringContent("thcs-truc-dai"), "unit" },
                { new StringContent("Đề nghị khen thưởng thử nhập"), "title" },
                { new StringContent("Về việc đề nghị khen thưởng năm 2024"), "doc.summary" },
                { new StringContent("Bằng khen của Chủ tịch UBND tỉnh"), "doc.awardGroups[0].title" },
                { new StringContent("individual"), "doc.awardGroups[0].kind" },
                { new StringContent("Phạm Thị Lệ"), "doc.awardGroups[0].members.name" },
                { new StringContent("Trường THCS Trực Đại"), "doc.awardGroups[0].members.unit" },
                { new StringContent(mode), "importMode" },
                { new StringContent("doc.awardGroups"), "importTo" },
            };
            form.Add(new ByteArrayContent(sheet), "doc.awardGroups.sheet", "danh-sach.xlsx");
            return form;
        }

        var appended = await browser.PostAsync(NewPage, Form(GoodSheet(), "append"));
        Assert.Equal(HttpStatusCode.OK, appended.StatusCode);
        var html = WebUtility.HtmlDecode(await appended.Content.ReadAsStringAsync());
        Assert.Contains("Đã nhập 3 dòng từ tệp danh-sach.xlsx, thêm vào cuối danh sách.", html);
        var names = System.Text.RegularExpressions.Regex.Matches(html, "name=\"doc.awardGroups\\[\\d+\\].members.name\" value=\"([^\"]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["Phạm Thị Lệ", "Trần Thị Thúy", "Vũ Thị Bích Ngọc", "Tổ Khoa học Tự nhiên"], names);

        var replaced = WebUtility.HtmlDecode(await (await browser.PostAsync(NewPage, Form(GoodSheet(), "replace"))).Content.ReadAsStringAsync());
        Assert.Contains("thay thế danh sách cũ", replaced);
        Assert.DoesNotContain("value=\"Phạm Thị Lệ\"", replaced);

        var bad = await browser.PostAsync(NewPage, Form(SpreadsheetFile.Xlsx(Header, ["1", "", "", "Trường THCS Trực Đại", "Lao động tiên tiến", "Cá nhân"]), "replace"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var kept = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Dòng 2, cột B: thiếu «Họ và tên / Tên tập thể».", kept);
        Assert.Contains("value=\"Phạm Thị Lệ\"", kept);
        Assert.Contains("Về việc đề nghị khen thưởng năm 2024", kept);
    }

    [Fact]
    public async Task Without_the_script_Thêm_dòng_posts_the_form_back_with_more_blank_rows_and_the_typed_row()
    {
        var browser = await app.SignedInBrowserAsync(AwardProposalSeed.SchoolClerk);
        var page = await browser.GetStringAsync(NewPage);
        var response = await browser.PostAsync(NewPage, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
            ["idempotencyKey"] = WebAppFactory.HiddenValue(page, "idempotencyKey"),
            ["definition"] = "award-proposal", ["unit"] = "thcs-truc-dai", ["title"] = "",
            ["doc.awardGroups[0].members.name"] = "Phạm Thị Lệ", ["doc.awardGroups[1].members.name"] = "",
            ["addRow"] = "doc.awardGroups",
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var inputs = System.Text.RegularExpressions.Regex.Matches(html, "name=\"doc.awardGroups\\[\\d+\\].members.name\" value=\"([^\"]*)\"")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["Phạm Thị Lệ", "", "", "", "", ""], inputs);
        Assert.DoesNotContain("Chưa tạo được văn bản", html);
    }
}
