using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;

namespace EmulationDocs.Benchmarks;

/// <summary>
/// The engine with 100,000 instances and 100,000 open tasks stored, spread over 500 units: one
/// transition (start: instance, task, history and idempotency record in one transaction) and the
/// inbox of a district user. PostgreSQL runs when EMULATIONDOCS_TEST_POSTGRES is set
/// (tests/start-postgres.sh prints it).
/// </summary>
[Config(typeof(Percentiles))]
[SimpleJob(warmupCount: 3, iterationCount: 20)]
public class WorkflowBenchmarks
{
    private const int StoredInstances = 100_000;
    private const int Units = 500;
    private DatabaseFactory _database = null!;
    private WorkflowEngine _engine = null!;
    private Inbox _inbox = null!;
    private int _next;

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
        var definition = new WorkflowDefinition("directive", 1, "Chỉ thị", "draft", new Dictionary<string, string> { ["main"] = "directive" },
        [
            new StepDefinition { Id = "draft", Kind = StepKinds.Drafting, Assignee = new AssigneeRule(Roles.Clerk), Next = "review", Due = "P3D" },
            new StepDefinition { Id = "review", Kind = StepKinds.Review, Assignee = new AssigneeRule(Roles.Head), Next = "end" },
            new StepDefinition { Id = "end", Kind = StepKinds.End },
        ]);
        _engine = new WorkflowEngine(_database, new SingleDefinition(definition), new AwardRules([]), new DocumentRenderer(Path.GetTempPath()), TimeProvider.System);
        _inbox = new Inbox(_database, TimeProvider.System);
    }

    [Benchmark(Description = "Transition (start: instance + task + history)")]
    public async Task<Guid> Transition()
    {
        var n = Interlocked.Increment(ref _next);
        var result = await _engine.StartAsync(new StartCommand($"bench-{n}", "clerk.district", "district", "directive", $"Văn bản {n}", []));
        return result.InstanceId;
    }

    [Benchmark(Description = "Inbox of a district user, 100,000 open tasks stored")]
    public async Task<int> DistrictInbox() => (await _inbox.ForUserAsync("clerk.district")).Count;

    private async Task SeedAsync()
    {
        await using var context = _database.Create();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        context.Units.Add(new OrgUnit { Id = "district", Name = "UBND huyện", Level = "district", Abbreviation = "UBND", HeaderName = "UBND", Place = "Trực Ninh" });
        for (var u = 0; u < Units; u++)
            context.Units.Add(new OrgUnit { Id = $"unit-{u}", Name = $"Đơn vị {u}", Level = "unit", ParentId = "district", Abbreviation = "DV", HeaderName = "DV", Place = "Trực Ninh" });
        context.Users.Add(new User { Id = "clerk.district", FullName = "Chuyên viên huyện" });
        context.RoleAssignments.Add(new RoleAssignment { UserId = "clerk.district", UnitId = "district", Role = Roles.Clerk });
        await context.SaveChangesAsync();

        var now = DateTime.UtcNow;
        for (var batch = 0; batch < StoredInstances; batch += 5_000)
        {
            await using var bulk = _database.Create();
            bulk.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = batch; i < batch + 5_000; i++)
            {
                var instance = new WorkflowInstance
                {
                    Id = Guid.NewGuid(), DefinitionId = "directive", DefinitionVersion = 1, UnitId = $"unit-{i % Units}", OriginUnitId = $"unit-{i % Units}",
                    InitiatorId = "clerk.district", StepId = "review", Title = $"Văn bản {i}", DataJson = "{}", CreatedAt = now, UpdatedAt = now,
                };
                bulk.Instances.Add(instance);
                // Every 2,000th task is the district clerk's; the rest belong to other units' heads.
                var mine = i % 2_000 == 0;
                bulk.Tasks.Add(new WorkflowTask
                {
                    Id = Guid.NewGuid(), InstanceId = instance.Id, StepId = "review", StepKind = StepKinds.Review,
                    Role = mine ? Roles.Clerk : Roles.Head, UnitId = mine ? "district" : instance.UnitId, CreatedAt = now.AddSeconds(-i), DueAt = now.AddDays(i % 7 - 2),
                });
            }
            await bulk.SaveChangesAsync();
        }
    }

    private sealed class SingleDefinition(WorkflowDefinition definition) : IDefinitionSource
    {
        public Task<WorkflowDefinition> LatestAsync(string id, CancellationToken cancellationToken) => Task.FromResult(definition);

        public Task<WorkflowDefinition> GetAsync(string id, int version, CancellationToken cancellationToken) => Task.FromResult(definition);
    }
}
