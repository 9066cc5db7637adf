using Microsoft.Playwright;
using static EmulationDocs.Web.BrowserTests.DirectivePages;
using static EmulationDocs.Testing.TrucNinhDirective;

namespace EmulationDocs.Web.BrowserTests;

/// <summary>The directive chain driven through the pages in Chromium, against the app served by Kestrel.</summary>
public sealed class DirectiveBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const string ReturnComment = "Đề nghị bổ sung nội dung về phong trào thi đua chuyên đề.";

    [Fact]
    public async Task Directive_is_drafted_returned_resubmitted_approved_signed_issued_and_downloaded()
    {
        const string title = "Chỉ thị phát động thi đua năm 2022 (trình duyệt)";
        Guid id;
        await using (var clerk = await browser.NewSessionAsync(output))
        {
            await clerk.SignInAsync(Clerk, screenshot: "01-login");
            id = await StartDirectiveAsync(clerk, title, screenshot: "03-new-document-form");
            await OpenTaskAsync(clerk.Page, title);
            await ActAsync(clerk.Page, "Trình");
        }

        await using (var head = await browser.NewSessionAsync(output))
        {
            await head.SignInAsync(Head);
            await Assertions.Expect(head.Page.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
            await head.ScreenshotAsync("02-inbox");
            await OpenTaskAsync(head.Page, title);
            await head.ScreenshotAsync("04-task-page");
            await ActAsync(head.Page, "Trả lại để sửa", ReturnComment);
        }

        await using (var clerk = await browser.NewSessionAsync(output))
        {
            await clerk.SignInAsync(Clerk);
            await OpenTaskAsync(clerk.Page, title);
            await Assertions.Expect(clerk.Page.Locator("ol.timeline")).ToContainTextAsync(ReturnComment);
            await ActAsync(clerk.Page, "Trình");
        }

        foreach (var (user, button) in new[] { (Head, "Đồng ý"), (Chairman, "Ký"), (Registry, "Cấp số và ban hành") })
        {
            await using var session = await browser.NewSessionAsync(output);
            await session.SignInAsync(user);
            await OpenTaskAsync(session.Page, title);
            await ActAsync(session.Page, button);
        }

        await using var registry = await browser.NewSessionAsync(output);
        await registry.SignInAsync(Registry);
        await registry.Page.GotoAsync($"/Documents/{id}");
        var issuedRow = registry.Page.Locator("table.list tr").Filter(new() { HasText = "01/CT-UBND" });
        await Assertions.Expect(issuedRow).ToHaveCountAsync(1);
        await registry.ScreenshotAsync("05-document-page");

        var download = await registry.Page.RunAndWaitForDownloadAsync(() => issuedRow.GetByRole(AriaRole.Link, new() { Name = "Tải về (.docx)" }).ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"browser-directive-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(file);
        try
        {
            Assert.Contains(DocxParagraphs(file), p => p.Contains("Số: 01/CT-UBND"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_clerk_of_another_commune_opening_the_document_url_gets_404()
    {
        Guid id;
        await using (var clerk = await browser.NewSessionAsync(output))
        {
            await clerk.SignInAsync(Clerk);
            id = await StartDirectiveAsync(clerk, "Chỉ thị không thuộc xã Trực Đại");
        }

        await using var other = await browser.NewSessionAsync(output);
        await other.SignInAsync(OtherCommuneClerk);
        var url = $"{browser.App.BaseUrl}/Documents/{id}";
        var response = other.Page.WaitForResponseAsync(url);
        try
        {
            await other.Page.GotoAsync(url);
        }
        catch (PlaywrightException e) when (e.Message.Contains("ERR_HTTP_RESPONSE_CODE_FAILURE"))
        {
            // The app answers 404 with an empty body, which Chromium replaces by its own error page and reports as a
            // failed navigation; the status of the response is what matters here.
        }
        Assert.Equal(404, (await response).Status);
        await Assertions.Expect(other.Page.Locator("body")).Not.ToContainTextAsync("Chỉ thị không thuộc xã Trực Đại");
        await other.ScreenshotAsync("06-not-found");
    }

    [Fact]
    public async Task Double_clicking_approve_makes_one_transition()
    {
        const string title = "Chỉ thị thử bấm đúp";
        Guid id;
        await using (var clerk = await browser.NewSessionAsync(output))
        {
            await clerk.SignInAsync(Clerk);
            id = await StartDirectiveAsync(clerk, title);
            await OpenTaskAsync(clerk.Page, title);
            await ActAsync(clerk.Page, "Trình");
        }

        await using var head = await browser.NewSessionAsync(output);
        await head.SignInAsync(Head);
        await OpenTaskAsync(head.Page, title);
        var taskUrl = head.Page.Url;
        var posts = new List<string>();
        head.Page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url == taskUrl) lock (posts) posts.Add(request.PostData ?? "");
        };

        await head.Page.GetByRole(AriaRole.Button, new() { Name = "Đồng ý", Exact = true }).DblClickAsync();
        await head.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        output.WriteLine($"POSTs sent by the double click: {posts.Count}");
        Assert.NotEmpty(posts);

        // Chromium may cancel the second navigation before it leaves the browser, so the same form body is also sent
        // once more with the session's cookies: a resubmission must not make a second transition either.
        var again = await head.Context.APIRequest.PostAsync(taskUrl, new()
        {
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
            Data = posts[0],
            MaxRedirects = 0,
        });
        Assert.Equal(302, again.Status);

        await head.Page.GotoAsync($"/Documents/{id}");
        await Assertions.Expect(HistoryEntries(head.Page, "Đồng ý")).ToHaveCountAsync(1);
        await Assertions.Expect(HistoryEntries(head.Page, "Trình")).ToHaveCountAsync(1);
    }
}
