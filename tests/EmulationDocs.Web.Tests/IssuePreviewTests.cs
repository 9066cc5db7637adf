using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>The registry's step shows the number issuing will give before the button is pressed.</summary>
public sealed class IssuePreviewTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_issuing_task_shows_the_reference_it_will_give()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var registry = await app.ApiClientAsync(TrucNinhDirective.Registry);
        var id = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Head), id, "approve");
        await Directives.ActOkAsync(await app.ApiClientAsync(TrucNinhDirective.Chairman), id, "sign");
        var task = await Directives.TaskOfAsync(registry, id);

        var page = await (await app.SignedInBrowserAsync(TrucNinhDirective.Registry)).GetStringAsync($"/Tasks/{task}");
        var shown = System.Text.RegularExpressions.Regex.Match(page, "Số sẽ cấp: <strong>([^<]+)</strong>");
        Assert.True(shown.Success, "The issuing task shows no number to give.");
        var issued = (await Directives.ActOkAsync(registry, id, "issue")).GetProperty("documentReference").GetString();
        Assert.Equal(issued, shown.Groups[1].Value);
    }
}
