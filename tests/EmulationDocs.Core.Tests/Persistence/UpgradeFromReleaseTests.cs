using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using EmulationDocs.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmulationDocs.Core.Tests.Persistence;

/// <summary>
/// A database made by the release of November 2026 (schema from the hand-written migrations M0001–M0004, captured in
/// Fixtures/release-2026-11.*.sql) is upgraded in place by the generated migrations, keeping its rows; one that only
/// pretends to be that release is refused before anything is written.
/// </summary>
public sealed class UpgradeFromReleaseTests
{
    private const string LastHandWrittenId = "20261123000004_Outbox";

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_release_database_keeps_its_rows_gets_the_generated_history_and_takes_new_commands(DatabaseProvider provider)
    {
        await using var database = await ReleaseDatabaseAsync(provider);
        await ExecuteAsync(database, """
            INSERT INTO org_levels ("Name", "Rank") VALUES ('province', 1), ('district', 2);
            INSERT INTO units ("Id", "Name", "Level", "ParentId", "Abbreviation", "HeaderName", "Place", "Email", "Aliases")
              VALUES ('nam-dinh', 'Ủy ban nhân dân tỉnh Nam Định', 'province', NULL, 'UBND', 'UBND TỈNH NAM ĐỊNH', 'Nam Định', NULL, NULL);
            INSERT INTO users ("Id", "FullName", "Email", "PasswordHash") VALUES ('chutich.namdinh', 'Trần Văn An', NULL, NULL);
            INSERT INTO role_assignments ("UserId", "UnitId", "Role", "Title") VALUES ('chutich.namdinh', 'nam-dinh', 'head', 'CHỦ TỊCH');
            """);

        await database.Factory.MigrateAsync();

        await using (var context = database.Factory.Create())
        {
            Assert.Equal("Trần Văn An", (await context.Users.SingleAsync(u => u.Id == "chutich.namdinh")).FullName);
            Assert.Equal("CHỦ TỊCH", (await context.RoleAssignments.SingleAsync()).Title);
            Assert.Equal(context.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal),
                await context.Database.GetAppliedMigrationsAsync());
            Assert.False(context.Database.HasPendingModelChanges());
        }

        var administration = new OrganisationAdministration(database.Factory);
        await administration.CreateUnitAsync(new NewUnit("truc-ninh", "nam-dinh", "district", "Ủy ban nhân dân huyện Trực Ninh",
            "UBND HUYỆN TRỰC NINH", "UBND", "Trực Ninh", null));
        await administration.CreateUserAsync(new NewUser("chutich.trucninh", "Lê Thị Bình", null, "mật-khẩu-đủ-dài-2026"),
            new RoleGrant("truc-ninh", "head", "CHỦ TỊCH"));
        await using (var context = database.Factory.Create())
        {
            Assert.Equal(["chutich.namdinh", "chutich.trucninh"], await context.RoleAssignments.OrderBy(r => r.Id).Select(r => r.UserId).ToListAsync());
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_upgraded_release_database_has_the_schema_of_a_new_one(DatabaseProvider provider)
    {
        await using var upgraded = await ReleaseDatabaseAsync(provider);
        await upgraded.Factory.MigrateAsync();
        await using var created = await TestDatabase.CreateAsync(provider);

        Assert.Equal(await SchemaDescription.OfAsync(created.Factory), await SchemaDescription.OfAsync(upgraded.Factory));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_whose_schema_is_not_the_releases_is_refused_and_left_as_it_was(DatabaseProvider provider)
    {
        await using var database = await ReleaseDatabaseAsync(provider);
        await ExecuteAsync(database, """ALTER TABLE units DROP COLUMN "Aliases";""");

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Factory.MigrateAsync());

        Assert.Contains("not that release's: table units, column Aliases", refusal.Message);
        Assert.Equal(LastHandWrittenId, (await AppliedAsync(database))[^1]);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_database_of_an_older_release_is_refused_and_left_as_it_was(DatabaseProvider provider)
    {
        await using var database = await ReleaseDatabaseAsync(provider);
        await ExecuteAsync(database, $"""DELETE FROM "__EFMigrationsHistory" WHERE "MigrationId" = '{LastHandWrittenId}';""");

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => database.Factory.MigrateAsync());

        Assert.Contains("its migration history ends at 20261123000003_Timers, before the release of November 2026", refusal.Message);
        Assert.Equal("20261123000003_Timers", (await AppliedAsync(database))[^1]);
    }

    /// <summary>An empty database given the release's schema and migration history, as that release left a new database.</summary>
    private static async Task<TestDatabase> ReleaseDatabaseAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateEmptyAsync(provider);
        var fixture = provider == DatabaseProvider.Sqlite ? "release-2026-11.sqlite.sql" : "release-2026-11.postgresql.sql";
        await ExecuteAsync(database, await File.ReadAllTextAsync(
            Path.Combine(RepositoryPaths.Root, "tests", "EmulationDocs.Core.Tests", "Persistence", "Fixtures", fixture)));
        Assert.Equal(LastHandWrittenId, (await AppliedAsync(database))[^1]);
        return database;
    }

    private static async Task ExecuteAsync(TestDatabase database, string sql)
    {
        await using var context = database.Factory.Create();
        await context.Database.ExecuteSqlRawAsync(sql);
    }

    private static async Task<List<string>> AppliedAsync(TestDatabase database)
    {
        await using var context = database.Factory.Create();
        return [.. (await context.GetService<IHistoryRepository>().GetAppliedMigrationsAsync()).Select(r => r.MigrationId)];
    }
}
