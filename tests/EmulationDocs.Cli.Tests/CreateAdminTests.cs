using EmulationDocs.Cli.Tests.Support;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Cli.Tests;

/// <summary><c>create-admin</c> on an empty SQLite database, the password read from standard input.</summary>
public sealed class CreateAdminTests
{
    private static CliResult CreateAdmin(string connection, string password, string user = "quantri")
    {
        var original = Console.In;
        Console.SetIn(new StringReader(password + "\n"));
        try
        {
            return CliRun.Invoke("create-admin", "--user", user, "--name", "Nguyễn Văn Quản", "--unit", "tinh", "--unit-name", "UBND tỉnh", "--connection", connection);
        }
        finally
        {
            Console.SetIn(original);
        }
    }

    [Fact]
    public async Task The_first_administrator_signs_in_with_the_password_from_stdin_and_a_second_run_is_refused()
    {
        using var folder = new TempFolder("create-admin");
        var connection = $"Data Source={folder.File("app.db")};Pooling=False";

        var created = CreateAdmin(connection, "mot-mat-khau-dai");
        Assert.True(created.ExitCode == 0, created.ToString());

        await using (var context = new DatabaseFactory(DatabaseOptions.SqliteFile(folder.File("app.db"))).Create())
        {
            var admin = await context.Users.SingleAsync();
            Assert.True(PasswordHashing.Verify(admin.PasswordHash!, "mot-mat-khau-dai"));
            Assert.Equal(Roles.Administrator, (await context.RoleAssignments.SingleAsync()).Role);
        }
        var again = CreateAdmin(connection, "mot-mat-khau-khac", user: "quantri2");
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("đã có tài khoản", again.Stderr);
        SqliteConnection.ClearAllPools();
    }

    [Theory]
    [InlineData("ngan", "ít nhất 10 ký tự")]
    [InlineData("          ", "ít nhất 10 ký tự")]
    [InlineData("QUANTRI-01", "trùng tên đăng nhập")]
    [InlineData("quantri-01-2025", "chứa tên đăng nhập")]
    [InlineData("1234567890", "quá phổ biến")]
    public void A_weak_password_is_refused_and_nothing_is_created(string password, string reason)
    {
        using var folder = new TempFolder("create-admin");
        var refused = CreateAdmin($"Data Source={folder.File("app.db")};Pooling=False", password, user: "quantri-01");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains(reason, refused.Stderr);
        SqliteConnection.ClearAllPools();
    }
}
