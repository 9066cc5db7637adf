using System.Net;
using System.Net.Http.Json;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EmulationDocs.Web.Tests.Nodes;

/// <summary>What a start on an empty SQLite database brings, per environment and setting.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Production_start_on_an_empty_database_imports_no_demo_organisation()
    {
        using var node = new AppNode("Production", new Dictionary<string, string>());
        var client = node.CreateClient(new() { BaseAddress = AppNode.Https });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        await using (var context = node.Services.GetRequiredService<DatabaseFactory>().Create())
        {
            Assert.Equal(0, await context.Users.CountAsync());
            Assert.Equal(0, await context.Units.CountAsync());
        }
        // The demo password of the published sample does not open anything.
        var token = await client.PostAsJsonAsync("/api/auth/token", new { user = "admin", password = WebAppFactory.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
        // The sign-in page tells the operator how to create the first administrator.
        var login = await client.GetStringAsync("/Account/Login");
        Assert.Contains("create-admin", login);
        Assert.Contains("quản trị viên đầu tiên", login);
    }

    [Fact]
    public async Task Production_start_with_the_demo_setting_imports_the_demo_organisation()
    {
        using var node = new AppNode("Production", new Dictionary<string, string> { ["Demo:Import"] = "true" });
        Assert.Equal(HttpStatusCode.OK, (await node.CreateClient(new() { BaseAddress = AppNode.Https }).GetAsync("/health")).StatusCode);
        await using var context = node.Services.GetRequiredService<DatabaseFactory>().Create();
        Assert.True(await context.Users.AnyAsync());
    }

    [Fact]
    public async Task Development_start_imports_the_demo_organisation()
    {
        using var node = new AppNode("Development", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, (await node.CreateClient(new() { BaseAddress = AppNode.Https }).GetAsync("/health")).StatusCode);
        await using var context = node.Services.GetRequiredService<DatabaseFactory>().Create();
        Assert.True(await context.Users.AnyAsync());
    }

    [Fact]
    public async Task An_empty_seed_file_on_an_empty_database_starts_with_the_workflows_published()
    {
        using var node = new AppNode("Development", new Dictionary<string, string> { ["Organisation:SeedFile"] = "" });
        Assert.Equal(HttpStatusCode.OK, (await node.CreateClient(new() { BaseAddress = AppNode.Https }).GetAsync("/health")).StatusCode);
        await using var context = node.Services.GetRequiredService<DatabaseFactory>().Create();
        Assert.Equal(0, await context.Units.CountAsync());
        Assert.True(await context.Definitions.AnyAsync());
    }
}
