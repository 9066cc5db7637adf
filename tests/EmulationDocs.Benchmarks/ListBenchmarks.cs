using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Benchmarks;

/// <summary>
/// The documents list and the inbox as the pages ask for them (first page of 50, filtered and paged by the database) with
/// 100,000 instances stored over 500 units and a district. The district clerk sees 10,000 of them (every tenth is the
/// district's) and has their 10,000 open tasks, so counting, ordering and searching work on a real share of the table.
/// PostgreSQL runs when EMULATIONDOCS_TEST_POSTGRES is set (tests/start-postgres.sh prints it).
/// </summary>
[Config(typeof(Percentiles))]
[SimpleJob(warmupCount: 3, iterationCount: 20)]
public class ListBenchmarks
{
    private const int StoredInstances = 100_000;
    private const int Units = 500;
    private const string User = "clerk.district";
    private DatabaseFactory _database = null!;
    private InstanceList _list = null!;
    private Inbox _inbox = null!;
    private readonly PageRequest _firstPage = PageRequest.Of(1, 50, 50);
    private readonly PageRequest _laterPage = PageRequest.Of(40, 50, 50);

    [Params(DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql)]
    public DatabaseProvider Provider { get; set; }

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P95, StatisticColumn.OperationsPerSecond);
    }

    [GlobalSetup]
    public void Setup()
    {
        _database = new DatabaseFactory(BenchmarkDatabases.Fresh(Provider));
        _database.MigrateAsync().GetAwaiter().GetResult();
        SeedAsync().GetAwaiter().GetResult();
        // A database in use has been vacuumed and analysed by autovacuum; a freshly bulk-loaded one has neither statistics nor
        // a visibility map (so no index-only scans), which no office would see.
        if (Provider == DatabaseProvider.PostgreSql)
        {
            using var context = _database.Create();
            context.Database.ExecuteSqlRaw("VACUUM ANALYZE");
        }
        _list = new InstanceList(_database, TimeProvider.System);
        _inbox = new Inbox(_database, TimeProvider.System);
    }

    [Benchmark(Description = "Documents list, first page of 50 with total")]
    public async Task<int> DocumentsFirstPage() => (await _list.PageAsync(User, new InstanceCriteria(), _firstPage)).Total;

    [Benchmark(Description = "Documents list, page 40")]
    public async Task<int> DocumentsLaterPage() => (await _list.PageAsync(User, new InstanceCriteria(), _laterPage)).Items.Count;

    [Benchmark(Description = "Documents list searched without diacritics (\"phu dong\")")]
    public async Task<int> DocumentsSearched() => (await _list.PageAsync(User, new InstanceCriteria(Term: "phu dong"), _firstPage)).Total;

    [Benchmark(Description = "Documents list filter choices (kinds, units, years)")]
    public async Task<int> DocumentsFacets() => (await _list.FacetsAsync(User)).Years.Count;

    [Benchmark(Description = "Inbox, first page of 50 with total")]
    public async Task<int> InboxFirstPage() => (await _inbox.PageAsync(User, new InboxCriteria(), _firstPage)).Total;

    [Benchmark(Description = "Inbox, overdue only, searched")]
    public async Task<int> InboxFiltered() => (await _inbox.PageAsync(User, new InboxCriteria(OverdueOnly: true, Term: "van ban 1"), _firstPage)).Total;

    private async Task SeedAsync()
    {
        await using (var context = _database.Create())
        {
            context.Units.Add(new OrgUnit { Id = "district", Name = "UBND huyện", Level = "district", Abbreviation = "UBND", HeaderName = "UBND", Place = "Trực Ninh" });
            for (var u = 0; u < Units; u++)
                context.Units.Add(new OrgUnit { Id = $"unit-{u}", Name = $"Đơn vị {u}", Level = "unit", ParentId = "district", Abbreviation = "DV", HeaderName = "DV", Place = "Trực Ninh" });
            context.Users.Add(new User { Id = User, FullName = "Chuyên viên huyện" });
            context.RoleAssignments.Add(new RoleAssignment { UserId = User, UnitId = "district", Role = Roles.Clerk });
            await context.SaveChangesAsync();
        }

        // Bulk insert: batches of 5,000 with change detection off, two years of documents.
        var now = DateTime.UtcNow;
        for (var batch = 0; batch < StoredInstances; batch += 5_000)
        {
            await using var bulk = _database.Create();
            bulk.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < batch + 5_000; i++)
            {
                var unit = i % 10 == 0 ? "district" : $"unit-{i % Units}";
                var data = new JsonObject { ["main"] = new JsonObject { ["summary"] = i % 100 == 0 ? "Về việc tổ chức Hội khỏe Phù Đổng" : $"Về việc số {i}" } };
                var instance = new WorkflowInstance
                {
                    Id = Guid.NewGuid(), DefinitionId = i % 3 == 0 ? "plan" : "directive", DefinitionVersion = 1, UnitId = unit, OriginUnitId = unit,
                    InitiatorId = User, StepId = "review", Title = $"Văn bản {i}", DataJson = data.ToJsonString(),
                    CreatedAt = now.AddHours(-i / 5.0), UpdatedAt = now.AddMinutes(-i),
                };
                bulk.Instances.Add(instance);
                bulk.Tasks.Add(new WorkflowTask
                {
                    Id = Guid.NewGuid(), InstanceId = instance.Id, StepId = "review", StepKind = StepKinds.Review,
                    Role = Roles.Clerk, UnitId = unit, CreatedAt = now.AddSeconds(-i), DueAt = now.AddDays(i % 7 - 2),
                });
            }
            await bulk.SaveChangesAsync();
        }
    }
}
