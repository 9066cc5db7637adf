using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>"Lưu nháp" and "Lưu và trình", on the API and the page: drafts stay at the clerk's step, submits must be complete.</summary>
public sealed class DraftTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static Task<HttpResponseMessage> StartAsync(HttpClient clerk, string key, JsonObject document, bool submit, string title = "Chỉ thị thử bản nháp") =>
        clerk.PostAsJsonAsync("/api/instances", new
        {
            definition = "directive", unit = "truc-ninh", title, data = new JsonObject { ["main"] = document.DeepClone() }, idempotencyKey = key, submit,
        });

    /// <summary>The directive as the clerk types it: no number, symbol, date of issue or signer, which the engine writes.</summary>
    private static JsonObject ClerkData() => TrucNinhDirective.Data();

    private static async Task<JsonElement> DetailsAsync(HttpClient user, Guid id) => await user.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");

    [Fact]
    public async Task A_draft_stays_at_the_clerks_step_and_a_submit_moves_on_without_signer_or_number()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var draft = await StartAsync(clerk, "draft-only", ClerkData(), submit: false);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var draftId = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        Assert.Equal("draft", (await DetailsAsync(clerk, draftId)).GetProperty("stepId").GetString());
        var inbox = await clerk.GetFromJsonAsync<JsonElement>("/api/inbox");
        Assert.True(inbox.EnumerateArray().Single(t => t.GetProperty("instanceId").GetGuid() == draftId).GetProperty("isDraft").GetBoolean());
        Assert.Contains("Bản nháp đang soạn", await (await app.SignedInBrowserAsync(TrucNinhDirective.Clerk)).GetStringAsync("/"));

        var submitted = await StartAsync(clerk, "draft-and-submit", ClerkData(), submit: true);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        var details = await DetailsAsync(clerk, id);
        Assert.Equal("review", details.GetProperty("stepId").GetString());
        Assert.Single(details.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "submit");

        // The same request again (a double click): the same document, submitted once.
        var again = await StartAsync(clerk, "draft-and-submit", ClerkData(), submit: true);
        Assert.Equal(id, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid());
        Assert.Single((await DetailsAsync(clerk, id)).GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "submit");
    }

    [Fact]
    public async Task An_incomplete_submit_is_refused_with_every_missing_label_and_starts_nothing()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var data = ClerkData();
        data.Remove("summary");
        data.Remove("recipients");
        const string title = "Chỉ thị thiếu trích yếu";
        var response = await StartAsync(clerk, "incomplete-submit", data, submit: true, title);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["Trích yếu nội dung", "Nơi nhận"], problem.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains("Trích yếu nội dung", problem.GetProperty("detail").GetString());
        var documents = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances?q={Uri.EscapeDataString(title)}");
        Assert.Empty(documents.GetProperty("items").EnumerateArray());

        // Saved as a draft it is accepted; "Trình" on the task is refused the same way until the fields are there.
        var draft = await StartAsync(clerk, "incomplete-draft", data, submit: false, title);
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        var id = (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, id);
        var refused = await Directives.ActAsync(clerk, task, "submit", "incomplete-task-submit");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Trích yếu nội dung", "Nơi nhận"],
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("draft", (await DetailsAsync(clerk, id)).GetProperty("stepId").GetString());

        var complete = await Directives.ActAsync(clerk, task, "submit", "complete-task-submit",
            data: new { main = new { summary = "Về việc phát động thi đua", recipients = new[] { "Như trên", "Lưu: VT" } } });
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
    }

    [Fact]
    public async Task Saving_a_draft_again_makes_a_new_version_and_keeps_it_at_the_clerks_step()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var started = await StartAsync(clerk, "save-versions", ClerkData(), submit: false);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        // Saved as a draft, the document is rendered at once: the clerk can preview and download it.
        Assert.Equal(1, Assert.Single((await DetailsAsync(clerk, id)).GetProperty("versions").EnumerateArray()).GetProperty("version").GetInt32());

        foreach (var (summary, key) in new[] { ("Về việc thi đua (sửa lần 1)", "save-1"), ("Về việc thi đua (sửa lần 2)", "save-2") })
        {
            var task = await Directives.TaskOfAsync(clerk, id);
            var saved = await Directives.ActAsync(clerk, task, "save", key, data: new { main = new { summary } });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        var details = await DetailsAsync(clerk, id);
        Assert.Equal("draft", details.GetProperty("stepId").GetString());
        Assert.Equal([1, 2, 3], details.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.Equal(3, details.GetProperty("history").EnumerateArray().Count(h => h.GetProperty("action").GetString() == "save"));
        var latest = await clerk.GetByteArrayAsync($"/api/instances/{id}/versions/3/docx");
        var path = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.docx");
        await File.WriteAllBytesAsync(path, latest);
        try
        {
            Assert.Contains(WordFile.Paragraphs(path), p => p.Contains("sửa lần 2"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Emptying_a_field_on_the_draft_page_clears_it_from_the_saved_draft()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var started = await StartAsync(clerk, "page-clear", ClerkData(), submit: false);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, id);
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var page = await browser.GetStringAsync($"/Tasks/{task}");
        Assert.Contains("Về việc phát động thi đua thực hiện thắng lợi", page);

        var saved = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
            ["idempotencyKey"] = WebAppFactory.HiddenValue(page, "idempotencyKey"),
            ["revision"] = WebAppFactory.HiddenValue(page, "revision"),
            ["action"] = "save",
            ["doc.summary"] = "",
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.DoesNotContain("Về việc phát động thi đua thực hiện thắng lợi", await browser.GetStringAsync($"/Tasks/{task}"));
        var submit = await Directives.ActAsync(clerk, await Directives.TaskOfAsync(clerk, id), "submit", Guid.NewGuid().ToString("N"));
        Assert.Equal(HttpStatusCode.BadRequest, submit.StatusCode);
        Assert.Equal(["Trích yếu nội dung"], (await submit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public async Task The_draft_page_saves_with_the_generated_form_and_a_stale_page_conflicts()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var started = await StartAsync(clerk, "page-save", ClerkData(), submit: false);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("instanceId").GetGuid();
        var task = await Directives.TaskOfAsync(clerk, id);
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var page = await browser.GetStringAsync($"/Tasks/{task}");
        Assert.Contains("Lưu nháp", page);
        Assert.DoesNotContain("name=\"doc.signature.name\"", page);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
            ["idempotencyKey"] = WebAppFactory.HiddenValue(page, "idempotencyKey"),
            ["revision"] = WebAppFactory.HiddenValue(page, "revision"),
            ["action"] = "save",
            ["doc.summary"] = "Về việc thi đua (sửa trên trang)",
        };
        var saved = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"/Tasks/{task}", saved.Headers.Location!.OriginalString);
        Assert.Contains("sửa trên trang", await browser.GetStringAsync($"/Tasks/{task}"));

        // The page seen before the save is stale: its revision is older.
        form["idempotencyKey"] = Guid.NewGuid().ToString("N");
        form["action"] = "submit";
        var stale = await browser.PostAsync($"/Tasks/{task}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Lưu_và_trình_on_the_new_page_lists_what_is_missing_and_keeps_what_was_typed()
    {
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var url = "/Documents/New?definition=directive&unit=truc-ninh";
        var page = await browser.GetStringAsync(url);
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(page),
            ["idempotencyKey"] = WebAppFactory.HiddenValue(page, "idempotencyKey"),
            ["definition"] = "directive", ["unit"] = "truc-ninh", ["title"] = "Chỉ thị trình thiếu nội dung",
            ["doc.issuingBody"] = "ỦY BAN NHÂN DÂN\r\nHUYỆN TRỰC NINH", ["doc.place"] = "Trực Ninh", ["doc.year"] = "2022",
            ["doc.summary"] = "Về việc phát động thi đua năm 2022", ["intent"] = "submit",
        };
        var refused = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("<li>Nội dung văn bản</li>", html);
        Assert.Contains("<li>Nơi nhận</li>", html);
        Assert.DoesNotContain("<li>Người ký</li>", html);
        Assert.Contains("Về việc phát động thi đua năm 2022", html);

        fields["intent"] = "draft";
        var saved = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // The same form posted again (a double click) is the same document.
        var again = await browser.PostAsync(url, new FormUrlEncodedContent(fields));
        Assert.Equal(saved.Headers.Location, again.Headers.Location);
    }
}
