using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Testing;

namespace EmulationDocs.Web.Tests;

/// <summary>
/// An uploaded template with its data contract becomes usable: a new version of a workflow definition may name it and new
/// documents are made from it. A contract that leaves a tag undeclared is refused, and nothing is stored.
/// </summary>
public sealed class UploadedTemplateTests(WebAppFactory app) : IClassFixture<WebAppFactory>
{
    private static byte[] DirectiveDocx => File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "directive.docx"));

    private static JsonObject DirectiveContract => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "directive.contract.json")))!.AsObject();

    [Fact]
    public async Task A_template_uploaded_with_its_contract_is_used_by_a_new_definition_version_for_new_documents()
    {
        var admin = await app.ApiClientAsync(DemoAdministrators.Province);
        var upload = await UploadAsync(admin, "chi-thi-rieng", DirectiveContract);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/templates")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "chi-thi-rieng");
        Assert.True(listed.GetProperty("usable").GetBoolean());
        Assert.Equal("CT", listed.GetProperty("kind").GetString());

        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "directive.json")))!.AsObject();
        definition["documents"]!["main"] = "chi-thi-rieng";
        var published = await admin.PostAsync("/api/admin/workflows", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);

        var newPage = await (await app.SignedInBrowserAsync(TrucNinhDirective.Clerk)).GetStringAsync("/Documents/New");
        // The template's code is an administrator's name, not shown to the clerk; the versions below show it is used.
        Assert.DoesNotContain("chi-thi-rieng", newPage);
        var clerk = await app.ApiClientAsync(TrucNinhDirective.Clerk);
        var started = await Directives.StartAsync(clerk, Guid.NewGuid().ToString("N"));
        var id = started.GetProperty("instanceId").GetGuid();
        await Directives.ActOkAsync(clerk, id, "submit");
        var details = await clerk.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
        // The draft saved at the start and the submitted version.
        Assert.Equal(["chi-thi-rieng", "chi-thi-rieng"], details.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("template").GetString()));
    }

    [Fact]
    public async Task A_contract_missing_a_tag_of_the_template_is_refused_and_nothing_is_stored()
    {
        var admin = await app.ApiClientAsync(DemoAdministrators.Province);
        var contract = DirectiveContract;
        var fields = contract["fields"]!.AsArray();
        fields.Remove(fields.Single(f => f!["name"]!.GetValue<string>() == "summary"));

        var refused = await UploadAsync(admin, "thieu-truong", contract);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Mẫu có thẻ \\\"summary\\\" nhưng mô tả dữ liệu không khai báo", await refused.Content.ReadAsStringAsync());
        Assert.False(File.Exists(Path.Combine(UploadDirectory, "thieu-truong.docx")));
        Assert.False(File.Exists(Path.Combine(UploadDirectory, "thieu-truong.contract.json")));
    }

    [Fact]
    public async Task A_template_without_a_contract_is_listed_as_unusable_and_no_definition_may_name_it()
    {
        var admin = await app.ApiClientAsync(DemoAdministrators.Province);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(admin, "chua-mo-ta", contract: null)).StatusCode);
        var listed = (await admin.GetFromJsonAsync<JsonElement>("/api/admin/templates")).EnumerateArray().Single(t => t.GetProperty("name").GetString() == "chua-mo-ta");
        Assert.False(listed.GetProperty("usable").GetBoolean());

        var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "plan.json")))!.AsObject();
        definition["documents"]!["main"] = "chua-mo-ta";
        var refused = await admin.PostAsync("/api/admin/workflows", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("chua-mo-ta", await refused.Content.ReadAsStringAsync());

        var district = await app.ApiClientAsync(DemoAdministrators.District);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync("/api/admin/templates")).StatusCode);
    }

    private string UploadDirectory => Path.Combine(Path.GetDirectoryName(app.PickupDirectory)!, "uploaded-templates");

    private static Task<HttpResponseMessage> UploadAsync(HttpClient admin, string name, JsonObject? contract) =>
        admin.PostAsJsonAsync("/api/admin/templates", new { name, fileName = name + ".docx", template = Convert.ToBase64String(DirectiveDocx), contract });
}
