using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace EmulationDocs.Core.Tests.Persistence;

/// <summary>
/// The generated migrations and their model snapshot (Persistence/Migrations/&lt;Provider&gt;) keep up with the model:
/// a change to an entity or to <see cref="EmulationDocsDbContext"/> without <c>tests/add-migration.sh</c> fails here,
/// as <c>dotnet ef migrations has-pending-model-changes</c> would.
/// </summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_model_has_no_change_that_a_migration_does_not_hold(DatabaseProvider provider)
    {
        // Not migrated: MigrateAsync itself refuses a model with pending changes, and this test is to say why.
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var context = database.Factory.Create();

        Assert.False(context.Database.HasPendingModelChanges(),
            "The model differs from the last migration's snapshot: run tests/add-migration.sh <Name> and commit the migrations it writes.");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Each_provider_applies_only_its_own_migrations(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.Factory.Create();

        var expectedNamespace = $"EmulationDocs.Core.Persistence.Migrations.{(provider == DatabaseProvider.Sqlite ? "Sqlite" : "PostgreSql")}";
        var migrations = context.GetService<IMigrationsAssembly>().Migrations;
        Assert.NotEmpty(migrations);
        Assert.All(migrations.Values, type => Assert.Equal(expectedNamespace, type.Namespace));
        Assert.Equal(migrations.Keys.Order(StringComparer.Ordinal), await context.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }
}
