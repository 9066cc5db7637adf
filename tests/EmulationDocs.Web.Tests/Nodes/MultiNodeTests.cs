using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmulationDocs.Web.Tests.Nodes;

/// <summary>
/// Two real nodes of the app on one fresh PostgreSQL database (the server of <c>EMULATIONDOCS_TEST_POSTGRES</c>), each
/// with its own data directory: what a load balancer in front of them needs.
/// </summary>
public sealed class MultiNodeTests : IAsyncLifetime
{
    private const string PostgresVariable = "EMULATIONDOCS_TEST_POSTGRES";

    private readonly string _admin = Environment.GetEnvironmentVariable(PostgresVariable)
        ?? throw new InvalidOperationException($"{PostgresVariable} is not set: start PostgreSQL with tests/start-postgres.sh and set it.");
    private readonly string _name = "edocs_" + Guid.NewGuid().ToString("N");
    private readonly List<AppNode> _nodes = [];

    public async Task InitializeAsync() => await ExecuteAsync($"CREATE DATABASE {_name}");

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private AppNode Node(string? sharedUploads = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = new NpgsqlConnectionStringBuilder(_admin) { Database = _name }.ConnectionString,
            ["Demo:Import"] = "true",
        };
        if (sharedUploads is not null) settings["Templates:UploadDirectory"] = sharedUploads;
        var node = new AppNode("Production", settings);
        _nodes.Add(node);
        return node;
    }

    [Fact]
    public async Task A_template_uploaded_on_node_A_makes_the_documents_started_and_submitted_on_node_B()
    {
        // The explicitly configured shared store (a network share in production); each node's data directory stays its own.
        var shared = Directory.CreateTempSubdirectory("emulationdocs-shared-uploads-").FullName;
        try
        {
            var a = Node(shared);
            var b = Node(shared);
            // Both nodes run before the upload (a node starting later re-publishes workflows/ over the administrator's version).
            var clerkB = await ApiClientAsync(b, TrucNinhDirective.Clerk);
            var adminA = await ApiClientAsync(a, DemoAdministrators.Province);
            var docx = File.ReadAllBytes(Path.Combine(RepositoryPaths.Templates, "directive.docx"));
            var contract = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "directive.contract.json")))!.AsObject();
            var upload = await adminA.PostAsJsonAsync("/api/admin/templates", new { name = "chi-thi-nut-a", fileName = "chi-thi-nut-a.docx", template = Convert.ToBase64String(docx), contract });
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
            var definition = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Workflows, "directive.json")))!.AsObject();
            definition["documents"]!["main"] = "chi-thi-nut-a";
            var published = await adminA.PostAsync("/api/admin/workflows", new StringContent(definition.ToJsonString(), Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, published.StatusCode);

            var id = (await Directives.StartAsync(clerkB, Guid.NewGuid().ToString("N"))).GetProperty("instanceId").GetGuid();
            await Directives.ActOkAsync(clerkB, id, "submit");
            var details = await clerkB.GetFromJsonAsync<JsonElement>($"/api/instances/{id}");
            Assert.Equal(["chi-thi-nut-a", "chi-thi-nut-a"], details.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("template").GetString()));
        }
        finally
        {
            Directory.Delete(shared, recursive: true);
        }
    }

    private static async Task<HttpClient> ApiClientAsync(AppNode node, string user)
    {
        var client = node.CreateClient(new() { BaseAddress = AppNode.Https });
        var response = await client.PostAsJsonAsync("/api/auth/token", new { user, password = WebAppFactory.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task Two_nodes_started_at_once_on_an_empty_database_both_come_up_with_one_set_of_demo_data()
    {
        var a = Node();
        var b = Node();
        var clients = await Task.WhenAll(Task.Run(() => a.CreateClient(new() { BaseAddress = AppNode.Https })), Task.Run(() => b.CreateClient(new() { BaseAddress = AppNode.Https })));

        foreach (var client in clients)
            Assert.Contains("\"status\":\"Healthy\"", await client.GetStringAsync("/health"));
        await using var context = a.Services.GetRequiredService<DatabaseFactory>().Create();
        Assert.True(await context.Users.AnyAsync());
        // Each workflow published once, one key ring for both.
        Assert.All(await context.Definitions.GroupBy(d => d.Id).Select(g => g.Count()).ToListAsync(), count => Assert.Equal(1, count));
        Assert.Equal(1, await context.DataProtectionKeys.CountAsync());
    }

    [Fact]
    public async Task A_bearer_token_and_a_cookie_from_node_A_work_on_node_B()
    {
        var a = Node().CreateClient(new() { BaseAddress = AppNode.Https, AllowAutoRedirect = false, HandleCookies = false });
        var b = Node().CreateClient(new() { BaseAddress = AppNode.Https, AllowAutoRedirect = false, HandleCookies = false });

        var token = await a.PostAsJsonAsync("/api/auth/token", new { user = DemoAdministrators.Province, password = WebAppFactory.Password });
        token.EnsureSuccessStatusCode();
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        using (var inbox = new HttpRequestMessage(HttpMethod.Get, "/api/inbox"))
        {
            inbox.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            Assert.Equal(HttpStatusCode.OK, (await b.SendAsync(inbox)).StatusCode);
        }

        // Sign in through node A's login page (its antiforgery cookie and token), then open a page on node B.
        var cookies = new Dictionary<string, string>();
        var loginPage = await a.GetAsync("/Account/Login");
        Remember(loginPage, cookies);
        using var login = new HttpRequestMessage(HttpMethod.Post, "/Account/Login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["userId"] = DemoAdministrators.Province,
                ["password"] = WebAppFactory.Password,
                ["__RequestVerificationToken"] = WebAppFactory.AntiforgeryToken(await loginPage.Content.ReadAsStringAsync()),
            }),
        };
        login.Headers.Add("Cookie", CookieHeader(cookies));
        var signedIn = await a.SendAsync(login);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Remember(signedIn, cookies);
        Assert.Contains("emulationdocs", cookies.Keys);

        using var home = new HttpRequestMessage(HttpMethod.Get, "/");
        home.Headers.Add("Cookie", CookieHeader(cookies));
        Assert.Equal(HttpStatusCode.OK, (await b.SendAsync(home)).StatusCode);
    }

    private static void Remember(HttpResponseMessage response, Dictionary<string, string> cookies)
    {
        if (!response.Headers.TryGetValues("Set-Cookie", out var values)) return;
        foreach (var pair in values.Select(v => v.Split(';')[0].Split('=', 2)))
            cookies[pair[0]] = pair[1];
    }

    private static string CookieHeader(Dictionary<string, string> cookies) => string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
