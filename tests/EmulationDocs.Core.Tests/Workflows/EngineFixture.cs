using EmulationDocs.Testing;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>
/// A fresh SQLite database with a small district (clerk, head, chairman, vice-chairman, registry,
/// a five-member council), the directive and council definitions, and the repository's templates.
/// </summary>
public sealed class EngineFixture : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private EngineFixture(TestDatabase database, IDefinitionSource definitions, WorkflowEngine engine, Inbox inbox)
    {
        _database = database;
        Database = database.Factory;
        DefinitionSource = definitions;
        Engine = engine;
        Inbox = inbox;
    }

    public DatabaseFactory Database { get; }
    public IDefinitionSource DefinitionSource { get; }
    public WorkflowEngine Engine { get; }
    public Inbox Inbox { get; }

    public static readonly AwardRules Rules = new([
        new AwardTitleRule("Chiến sĩ thi đua cơ sở", ["district", "commune"], new VoteThreshold(PercentOfAllMembers: 80)),
        new AwardTitleRule("Lao động tiên tiến", ["unit", "commune"], null),
        new AwardTitleRule("Giấy khen của Chủ tịch UBND huyện", ["district"], null),
    ]);

    /// <param name="clock">The engine's and the inbox's clock; the system clock when left out.</param>
    public static async Task<EngineFixture> CreateAsync(DatabaseProvider provider, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database.Factory);
        var definitions = new InMemoryDefinitions(Definitions.Directive, Definitions.Review, Definitions.Climb, Definitions.Deadlines, Definitions.Report);
        var engine = new WorkflowEngine(database.Factory, definitions, Rules, new DocumentRenderer(RepositoryPaths.Templates), clock);
        return new EngineFixture(database, definitions, engine, new Inbox(database.Factory, clock));
    }

    public async Task<CommandResult> StartDirectiveAsync(string key = "start-1") =>
        await Engine.StartAsync(new StartCommand(key, "clerk", "huyen", "directive", "Chỉ thị phát động thi đua năm 2022",
            new JsonObject { ["directive"] = DirectiveData() }));

    public static JsonObject DirectiveData() => new()
    {
        ["issuingBody"] = "ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH",
        ["symbol"] = "CT-UBND",
        ["place"] = "Trực Ninh",
        ["year"] = 2022,
        ["summary"] = "Về việc phát động thi đua năm 2022",
        ["body"] = "Năm 2022, UBND huyện yêu cầu:\n\n1. Quán triệt tư tưởng thi đua./.",
        ["recipients"] = new JsonArray("Các xã, thị trấn", "Lưu: VT"),
    };

    private static async Task SeedAsync(DatabaseFactory database)
    {
        await using var context = database.Create();
        context.Levels.AddRange(
            new OrgLevel { Name = "province", Rank = 0 }, new OrgLevel { Name = "district", Rank = 1 },
            new OrgLevel { Name = "commune", Rank = 2 }, new OrgLevel { Name = "unit", Rank = 3 });
        context.Units.AddRange(
            new OrgUnit { Id = "tinh", Name = "Ủy ban nhân dân tỉnh Nam Định", Level = "province", Abbreviation = "UBND", HeaderName = "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH", Place = "Nam Định" },
            new OrgUnit { Id = "huyen", Name = "Ủy ban nhân dân huyện Trực Ninh", Level = "district", ParentId = "tinh", Abbreviation = "UBND", HeaderName = "ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH", Place = "Trực Ninh" },
            new OrgUnit { Id = "xa", Name = "Ủy ban nhân dân xã Trực Đại", Level = "commune", ParentId = "huyen", Abbreviation = "UBND", HeaderName = "ỦY BAN NHÂN DÂN\nXÃ TRỰC ĐẠI", Place = "Trực Đại" });
        void Person(string id, string name, string role, string unit, string title = "")
        {
            if (context.Users.Local.All(u => u.Id != id)) context.Users.Add(new User { Id = id, FullName = name });
            context.RoleAssignments.Add(new RoleAssignment { UserId = id, UnitId = unit, Role = role, Title = title });
        }
        Person("clerk", "Trần Thị Hoa", Roles.Clerk, "huyen");
        Person("clerk2", "Ngô Văn Tài", Roles.Clerk, "huyen");
        Person("head", "Phạm Văn Bình", Roles.Head, "huyen", "TRƯỞNG PHÒNG");
        Person("chairman", "Lưu Văn Dương", Roles.Chairman, "huyen", "CHỦ TỊCH");
        Person("vice", "Đỗ Thị Lan", Roles.ViceChairman, "huyen", "PHÓ CHỦ TỊCH");
        Person("registry", "Vũ Thị Mai", Roles.Registry, "huyen");
        Person("other-clerk", "Lê Văn Khác", Roles.Clerk, "xa");
        for (var i = 1; i <= 5; i++) Person($"member{i}", $"Ủy viên {i}", Roles.CouncilMember, "huyen");
        await context.SaveChangesAsync();
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();
}

/// <summary>Definitions held in memory, for tests that need no catalog.</summary>
public sealed class InMemoryDefinitions(params WorkflowDefinition[] definitions) : IDefinitionSource
{
    public Task<WorkflowDefinition> LatestAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(definitions.Where(d => d.Id == id).MaxBy(d => d.Version) ?? throw new KeyNotFoundException(id));

    public Task<WorkflowDefinition> GetAsync(string id, int version, CancellationToken cancellationToken) =>
        Task.FromResult(definitions.Single(d => d.Id == id && d.Version == version));
}

public static class Definitions
{
    public static readonly WorkflowDefinition Directive = new("directive", 1, "Chỉ thị", "draft", new Dictionary<string, string> { ["directive"] = "directive" },
    [
        new StepDefinition { Id = "draft", Kind = StepKinds.Drafting, Assignee = new AssigneeRule(Roles.Clerk), Document = "directive", Next = "review" },
        new StepDefinition { Id = "review", Kind = StepKinds.Review, Assignee = new AssigneeRule(Roles.Head), Next = "sign", ReturnTo = ["draft"], Due = "P3D" },
        new StepDefinition { Id = "sign", Kind = StepKinds.Signing, Assignee = new AssigneeRule(Roles.Chairman), Document = "directive", Authority = "TM. ỦY BAN NHÂN DÂN", Next = "issue", ReturnTo = ["draft"] },
        new StepDefinition { Id = "issue", Kind = StepKinds.Issuing, Assignee = new AssigneeRule(Roles.Registry), Document = "directive", DocumentType = "CT", Next = "distribute" },
        new StepDefinition { Id = "distribute", Kind = StepKinds.Distribution, Next = "end" },
        new StepDefinition { Id = "end", Kind = StepKinds.End },
    ]);

    /// <summary>A clerk's draft due in 3 days (reminder at half, escalation to the head), then the head's review (P2D, reminded 1 day before).</summary>
    public static readonly WorkflowDefinition Deadlines = new("deadlines", 1, "Hạn xử lý", "draft", new Dictionary<string, string>(),
    [
        new StepDefinition { Id = "draft", Kind = StepKinds.Drafting, Name = "Soạn thảo", Assignee = new AssigneeRule(Roles.Clerk), Next = "review", Due = "P3D" },
        new StepDefinition { Id = "review", Kind = StepKinds.Review, Name = "Thẩm định", Assignee = new AssigneeRule(Roles.Head), Next = "end", Due = "P2D", Remind = "P1D" },
        new StepDefinition { Id = "end", Kind = StepKinds.End },
    ]);

    /// <summary>A council vote on the candidates of a submission, then the authority check.</summary>
    public static readonly WorkflowDefinition Review = new("review", 1, "Bình xét", "draft",
        new Dictionary<string, string> { ["submission"] = "award-submission", ["minutes"] = "council-minutes" },
    [
        new StepDefinition { Id = "draft", Kind = StepKinds.Drafting, Assignee = new AssigneeRule(Roles.Clerk), Next = "council" },
        new StepDefinition { Id = "council", Kind = StepKinds.CouncilVote, Assignee = new AssigneeRule(Roles.CouncilMember), Document = "minutes", Next = "authority", When = new StepCondition(UnitHasRole: Roles.CouncilMember) },
        new StepDefinition { Id = "authority", Kind = StepKinds.Authority, Covered = "decided", Otherwise = "forward" },
        new StepDefinition { Id = "forward", Kind = StepKinds.Forwarding, To = "parent", Next = "draft" },
        new StepDefinition { Id = "decided", Kind = StepKinds.End },
    ]);

    /// <summary>
    /// A proposal climbing from the commune to the district: draft → authority (covered → decision, otherwise → forward) →
    /// the district clerk's review (may return to the draft) → council → head's check (may return to the review) →
    /// authority (covered → decision, otherwise → end).
    /// </summary>
    /// <summary>A district report whose figures are the sum of its communes' issued reports.</summary>
    public static readonly WorkflowDefinition Report = new("report", 1, "Báo cáo", "draft", new Dictionary<string, string> { ["report"] = "report" },
    [
        new StepDefinition { Id = "draft", Kind = StepKinds.Drafting, Assignee = new AssigneeRule(Roles.Clerk), Document = "report", Next = "aggregate" },
        new StepDefinition { Id = "aggregate", Kind = StepKinds.Aggregation, Document = "report", Sources = "commune", Next = "check" },
        new StepDefinition { Id = "check", Kind = StepKinds.Review, Assignee = new AssigneeRule(Roles.Head), Next = "end" },
        new StepDefinition { Id = "end", Kind = StepKinds.End },
    ]);

    public static readonly WorkflowDefinition Climb = new("climb", 1, "Đề nghị khen thưởng", "draft",
        new Dictionary<string, string> { ["submission"] = "award-submission", ["minutes"] = "council-minutes", ["decision"] = "award-decision" },
    [
        new StepDefinition { Id = "draft", Kind = StepKinds.Drafting, Assignee = new AssigneeRule(Roles.Clerk), Document = "submission", Next = "authority" },
        new StepDefinition { Id = "authority", Kind = StepKinds.Authority, Covered = "decide", Otherwise = "forward" },
        new StepDefinition { Id = "forward", Kind = StepKinds.Forwarding, To = "parent", Next = "review" },
        new StepDefinition { Id = "review", Kind = StepKinds.Review, Assignee = new AssigneeRule(Roles.Clerk), Document = "submission", Next = "council", ReturnTo = ["draft"] },
        new StepDefinition { Id = "council", Kind = StepKinds.CouncilVote, Assignee = new AssigneeRule(Roles.CouncilMember), Document = "minutes", Next = "check", When = new StepCondition(UnitHasRole: Roles.CouncilMember) },
        new StepDefinition { Id = "check", Kind = StepKinds.Review, Assignee = new AssigneeRule(Roles.Head), Next = "authority-up", ReturnTo = ["review"] },
        new StepDefinition { Id = "authority-up", Kind = StepKinds.Authority, Covered = "decide", Otherwise = "end" },
        new StepDefinition { Id = "decide", Kind = StepKinds.Drafting, Assignee = new AssigneeRule(Roles.Clerk), Document = "decision", Next = "end" },
        new StepDefinition { Id = "end", Kind = StepKinds.End },
    ]);
}
