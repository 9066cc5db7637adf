using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>What the pages show says things in words: no unit id, GUID, template code or .NET exception text reaches a user.</summary>
public sealed partial class InternalsLeakTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    [Fact]
    public async Task The_history_names_the_units_a_proposal_moved_between_and_the_proposal_it_was_split_from()
    {
        // Up to the district clerk drafting its decision: the proposal went school → commune → district, where what the chairman of the
        // district may grant is split off into a decision of its own and the rest goes on to the province.
        var instances = await AwardScenario.PlayAsync(app, 41);
        var browser = await app.SignedInBrowserAsync("chuyenvien.noivu.trucninh");
        var timelines = new StringBuilder();
        foreach (var id in instances)
        {
            var page = await browser.GetStringAsync($"/Documents/{id}");
            timelines.AppendLine(Timeline(page));
        }
        var text = WebUtility.HtmlDecode(timelines.ToString());
        Assert.Contains("Tách từ đề nghị chung", text);
        Assert.Contains("Chuyển lên cấp trên", text);
        Assert.Contains("Trường THCS Trực Đại", text);
        Assert.DoesNotContain("thcs-truc-dai", text);
        Assert.DoesNotContain("→ truc-dai", text);
        Assert.DoesNotMatch(GuidPattern(), text);
    }

    [Fact]
    public async Task Downloads_are_named_in_Vietnamese_by_the_kind_of_document_and_its_number()
    {
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var head = await app.ApiClientAsync(TrucNinhDirective.Head);
        var chairman = await app.ApiClientAsync(TrucNinhDirective.Chairman);
        var registry = await app.ApiClientAsync(TrucNinhDirective.Registry);
        var id = (await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
        var draft = await clerk.GetAsync($"/api/instances/{id}/versions/1/docx");
        Assert.Equal("Chi-thi-ban-1.docx", draft.Content.Headers.ContentDisposition!.FileName);

        await Directives.ActOkAsync(clerk, id, "submit");
        await Directives.ActOkAsync(head, id, "approve");
        await Directives.ActOkAsync(chairman, id, "sign");
        var reference = (await Directives.ActOkAsync(registry, id, "issue")).GetProperty("documentReference").GetString()!;
        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        var issued = details.GetProperty("versions").EnumerateArray().Last().GetProperty("downloadUrl").GetString()!;
        var file = await clerk.GetAsync(issued);
        Assert.Equal($"Chi-thi-{reference.Replace('/', '-')}.docx", file.Content.Headers.ContentDisposition!.FileName);
        Assert.Matches("^Chi-thi-[0-9]+-CT-UBND\\.docx$", file.Content.Headers.ContentDisposition!.FileName!);
    }

    [Fact]
    public async Task The_new_document_page_does_not_show_template_codes()
    {
        var page = await (await app.SignedInBrowserAsync(AwardProposalSeed.SchoolClerk)).GetStringAsync("/Documents/New");
        Assert.Contains("Trường THCS Trực Đại", page);
        Assert.DoesNotContain("(mẫu ", page);
        Assert.DoesNotContain("award-submission", page);
    }

    [Theory]
    [InlineData("{ \"id\": ")]
    [InlineData("{ \"id\": \"directive\", \"name\": 12 }")]
    [InlineData("{ \"id\": \"directive\", \"tenQuyTrinh\": \"x\" }")]
    public async Task A_definition_that_does_not_read_is_explained_in_Vietnamese_without_exception_text(string json)
    {
        var admin = await app.SignedInBrowserAsync(DemoAdministrators.Province);
        var response = await WebAppFactory.PostFormAsync(admin, "/Admin/Workflows", new() { ["Json"] = json });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var errors = html[html.IndexOf("role=\"alert\"", StringComparison.Ordinal)..html.IndexOf("<form method=\"post\" enctype", StringComparison.Ordinal)];
        Assert.Contains("JSON", errors);
        AssertNoExceptionText(errors);

        var api = await app.ApiClientAsync(DemoAdministrators.Province);
        var refused = await api.PostAsync("/api/admin/workflows", new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        AssertNoExceptionText(await refused.Content.ReadAsStringAsync());
    }

    private static void AssertNoExceptionText(string text)
    {
        Assert.DoesNotContain("EmulationDocs.", text);
        Assert.DoesNotContain("deserializ", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("LineNumber", text);
        Assert.DoesNotContain(".NET", text);
        Assert.DoesNotContain("could not be", text);
    }

    private static string Timeline(string page)
    {
        var start = page.IndexOf("<ol class=\"timeline\"", StringComparison.Ordinal);
        return page[start..page.IndexOf("</ol>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex GuidPattern();
}
