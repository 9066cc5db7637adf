using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>A returned draft stands out in the inbox, and its task page opens with the reason.</summary>
public sealed class ReturnedDraftTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task A_returned_draft_is_marked_in_the_inbox_and_its_reason_heads_the_task_page()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var id = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var browser = await app.SignedInBrowserAsync(TrucNinhDirective.Clerk);
        var fresh = await Directives.TaskOfAsync(clerk, id);
        Assert.DoesNotContain("Bị trả lại", Row(await browser.GetStringAsync("/"), fresh));

        await Directives.ActOkAsync(clerk, id, "submit");
        const string reason = "Đề nghị bổ sung nội dung về phong trào thi đua chuyên đề.";
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Head), id, "return", reason);
        var task = await Directives.TaskOfAsync(clerk, id);

        Assert.Contains("Bị trả lại", Row(await browser.GetStringAsync("/"), task));
        var page = await browser.GetStringAsync($"/Tasks/{task}");
        var banner = page.IndexOf("class=\"returned\"", StringComparison.Ordinal);
        Assert.True(banner > 0 && banner < page.IndexOf("name=\"idempotencyKey\"", StringComparison.Ordinal), "The return reason is not above the form.");
        Assert.Contains(reason, page[banner..page.IndexOf("</div>", banner, StringComparison.Ordinal)]);
    }

    private static string Row(string inbox, Guid task)
    {
        var at = inbox.IndexOf($"/Tasks/{task}", StringComparison.Ordinal);
        Assert.True(at > 0, "The task is not in the inbox.");
        return inbox[at..inbox.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}
