using EmulationDocs.Testing;
using System.Net;
using System.Text.Json;

namespace EmulationDocs.Web.Tests;

/// <summary>The Razor Pages: inbox and task page in Vietnamese, actions posted as forms with their render-time idempotency key.</summary>
public sealed class PageTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task Inbox_and_task_page_render_with_Vietnamese_labels()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "page-start")).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");

        var head = await app.SignedInBrowserAsync(TrucNinhDirective.Head);
        var inbox = await head.GetStringAsync("/");
        Assert.Contains("Việc cần xử lý", inbox);
        Assert.Contains("Chỉ thị về phát động thi đua năm 2022", inbox);
        Assert.Contains("Thẩm định dự thảo Chỉ thị", inbox);
        Assert.Contains("Hạn xử lý", inbox);

        var task = await Directives.TaskOfAsync(await app.ApiClientAsync(TrucNinhDirective.Head), id);
        var page = await head.GetStringAsync($"/Tasks/{task}");
        foreach (var label in new[] { "Quá trình xử lý", "Đồng ý", "Trả lại để sửa", "Từ chối", "Tải về bản 2 (.docx)", "Đinh Thị Thu Trang", "Trình" })
            Assert.Contains(label, page);
        Assert.Contains("name=\"idempotencyKey\"", page);

        Assert.Contains("Chỉ thị về phát động thi đua năm 2022", await head.GetStringAsync("/Documents"));
        Assert.Contains("Tạo văn bản mới", await head.GetStringAsync("/Documents/New"));
    }

    [Fact]
    public async Task A_double_submitted_task_form_makes_one_transition_and_a_stale_page_shows_the_conflict()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "double-click-start")).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        var task = await Directives.TaskOfAsync(await app.ApiClientAsync(TrucNinhDirective.Head), id);

        var head = await app.SignedInBrowserAsync(TrucNinhDirective.Head);
        var page = await head.GetStringAsync($"/Tasks/{task}");
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
            ["idempotencyKey"] = WebAppFactory.HiddenValue(page, "idempotencyKey"),
            ["revision"] = WebAppFactory.HiddenValue(page, "revision"),
            ["action"] = "approve",
        };
        var first = await head.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(form));
        var second = await head.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var details = JsonDocument.Parse(await clerk.GetStringAsync($"/api/instances/{id}")).RootElement;
        Assert.Single(details.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "approve");

        // The same stale page, another decision (a new key): someone already acted.
        form["idempotencyKey"] = Guid.NewGuid().ToString("N");
        form["action"] = "reject";
        form["comment"] = "Không đồng ý";
        var stale = await head.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Người khác vừa xử lý", await stale.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Task_form_posted_without_the_antiforgery_token_is_refused()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, "no-token-start")).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, id);
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var response = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["idempotencyKey"] = "no-token", ["revision"] = "0", ["action"] = "submit",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("draft", JsonDocument.Parse(await clerk.GetStringAsync($"/api/instances/{id}")).RootElement.GetProperty("stepId").GetString());
    }

    [Fact]
    public async Task New_document_form_is_generated_from_the_contract_and_starts_the_instance()
    {
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var url = "/Documents/New?definition=directive&unit=truc-ninh";
        var form = await browser.GetStringAsync(url);
        foreach (var label in new[] { "Cơ quan ban hành", "Trích yếu nội dung", "Nội dung văn bản", "Nơi nhận", "(mỗi dòng một mục)", "Lưu nháp", "Lưu và trình" })
            Assert.Contains(label, form);
        // Number, symbol, date of issue and signer are the registry's and the signer's: shown as filled later, no input.
        Assert.Contains("Ngày ban hành</span> <span class=\"hint\">(điền khi ký/ban hành)", form);
        foreach (var engineWritten in new[] { "doc.number", "doc.symbol", "doc.date", "doc.signature.name", "doc.signature.title" })
            Assert.DoesNotContain($"name=\"{engineWritten}\"", form);
        Assert.Contains("HUYỆN TRỰC NINH", form);

        var response = await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(form),
            ["idempotencyKey"] = WebAppFactory.HiddenValue(form, "idempotencyKey"),
            ["definition"] = "directive", ["unit"] = "truc-ninh",
            ["title"] = "Chỉ thị tạo từ biểu mẫu",
            ["doc.issuingBody"] = "ỦY BAN NHÂN DÂN\r\nHUYỆN TRỰC NINH", ["doc.symbol"] = "CT-UBND", ["doc.place"] = "Trực Ninh", ["doc.year"] = "2022",
            ["doc.summary"] = "Về việc phát động thi đua", ["doc.body"] = "Nội dung chỉ thị./.",
            ["doc.recipients"] = "Như trên\r\nLưu: VT",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await browser.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Chỉ thị tạo từ biểu mẫu", details);
        Assert.Contains("Soạn thảo dự thảo Chỉ thị", details);
    }
}
