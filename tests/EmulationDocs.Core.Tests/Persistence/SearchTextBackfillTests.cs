using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Persistence;

/// <summary>
/// Rows stored before the folded search texts existed (an upgraded database) get them when the app migrates at start:
/// otherwise the documents and users lists would never find them.
/// </summary>
public abstract class SearchTextBackfillTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : SearchTextBackfillTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : SearchTextBackfillTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    [Fact]
    public async Task Users_and_documents_without_search_text_get_it_at_the_next_start()
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        var instanceId = Guid.NewGuid();
        await using (var context = database.Factory.Create())
        {
            context.Users.Add(new User { Id = "dang.minh", FullName = "Đặng Minh Tuấn" });
            context.Instances.Add(new WorkflowInstance
            {
                Id = instanceId, DefinitionId = "directive", DefinitionVersion = 1, UnitId = "huyen", OriginUnitId = "huyen", InitiatorId = "dang.minh",
                StepId = "draft", Title = "Chỉ thị phát động", DataJson = """{"main":{"summary":"Về Hội khỏe Phù Đổng"}}""",
                CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
            });
            await context.SaveChangesAsync();
            // As a database of the earlier release holds them.
            await context.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.SearchText, (string?)null));
            await context.Instances.ExecuteUpdateAsync(s => s.SetProperty(i => i.SearchText, (string?)null));
        }

        await database.Factory.MigrateAsync();

        await using var read = database.Factory.Create();
        Assert.Contains("dang minh tuan", (await read.Users.SingleAsync()).SearchText);
        Assert.Contains("phu dong", (await read.Instances.SingleAsync(i => i.Id == instanceId)).SearchText);
    }
}
