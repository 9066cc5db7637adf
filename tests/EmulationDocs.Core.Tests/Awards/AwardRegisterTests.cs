using System.Text.Json.Nodes;
using EmulationDocs.Core.Awards;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Workflows;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Testing;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Awards;

/// <summary>Runs on SQLite and on PostgreSQL (the nested classes).</summary>
public abstract class AwardRegisterTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : AwardRegisterTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : AwardRegisterTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    /// <summary>The district's own decision: drafted, signed by the chairman, numbered by the registry.</summary>
    private static readonly WorkflowDefinition Decision = new("decision", 1, "Quyết định khen thưởng", "draft",
        new Dictionary<string, string> { ["decision"] = "award-decision" },
    [
        new StepDefinition { Id = "draft", Kind = StepKinds.Drafting, Assignee = new AssigneeRule(Roles.Clerk), Document = "decision", Next = "sign" },
        new StepDefinition { Id = "sign", Kind = StepKinds.Signing, Assignee = new AssigneeRule(Roles.Chairman), Document = "decision", Next = "issue" },
        new StepDefinition { Id = "issue", Kind = StepKinds.Issuing, Assignee = new AssigneeRule(Roles.Registry), Document = "decision", DocumentType = "QĐ", Next = "end" },
        new StepDefinition { Id = "end", Kind = StepKinds.End },
    ]);

    private static JsonObject DecisionData() => new()
    {
        ["issuingBody"] = "ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH",
        ["symbol"] = "QĐ-UBND",
        ["place"] = "Trực Ninh",
        ["year"] = 2024,
        ["summary"] = "Về việc tặng danh hiệu thi đua và Giấy khen năm 2024",
        ["decisionAuthority"] = "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH",
        ["legalBases"] = new JsonArray("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022"),
        ["body"] = "**Điều 1.** Tặng danh hiệu thi đua năm 2024 *(có danh sách kèm theo)*./.",
        ["recipients"] = new JsonArray("Như Điều 1", "Lưu: VT, NV"),
        ["awardGroups"] = new JsonArray(
            new JsonObject
            {
                ["title"] = "Chiến sĩ thi đua cơ sở",
                ["kind"] = "individual",
                ["members"] = new JsonArray(
                    new JsonObject { ["name"] = "Nguyễn Thị Thu Hằng", ["position"] = "Giáo viên", ["unit"] = "Ủy ban nhân dân xã Trực Đại" },
                    new JsonObject { ["name"] = "Trần Thị Minh Nguyệt", ["position"] = "Phó Trưởng phòng", ["unit"] = "Phòng Nội vụ" }),
            },
            new JsonObject
            {
                ["title"] = "Giấy khen của Chủ tịch UBND huyện",
                ["kind"] = "collective",
                ["members"] = new JsonArray(new JsonObject { ["name"] = "Ủy ban nhân dân xã Trực Đại", ["position"] = "", ["unit"] = "UBND huyện Trực Ninh" }),
            }),
    };

    private static WorkflowEngine EngineOn(EngineFixture fixture) =>
        new(fixture.Database, new InMemoryDefinitions(Decision), EngineFixture.Rules, new DocumentRenderer(RepositoryPaths.Templates), TimeProvider.System);

    private static async Task<CommandResult> ToIssuingAsync(WorkflowEngine engine, JsonObject decision)
    {
        var started = await engine.StartAsync(new StartCommand("start", "clerk", "huyen", "decision", "Quyết định khen thưởng năm 2024",
            new JsonObject { ["decision"] = decision }));
        var signing = await engine.ActAsync(new TaskCommand("submit", "clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));
        return await engine.ActAsync(new TaskCommand("sign", "chairman", signing.CreatedTasks.Single().TaskId, TaskActions.Sign));
    }

    [Fact]
    public async Task Issuing_an_award_decision_writes_each_awardee_to_the_register_with_the_decisions_number_date_and_version()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var engine = EngineOn(fixture);
        var issuing = await ToIssuingAsync(engine, DecisionData());
        await using (var before = fixture.Database.Create()) Assert.Empty(await before.Awards.ToListAsync());

        var issued = await engine.ActAsync(new TaskCommand("issue", "registry", issuing.CreatedTasks.Single().TaskId, TaskActions.Issue));

        Assert.Equal("01/QĐ-UBND", issued.DocumentReference);
        await using var context = fixture.Database.Create();
        var version = await context.DocumentVersions.SingleAsync(d => d.Frozen);
        var records = await context.Awards.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["Nguyễn Thị Thu Hằng", "Trần Thị Minh Nguyệt", "Ủy ban nhân dân xã Trực Đại"], records.Select(r => r.Name));
        Assert.Equal([AwardeeKind.Individual, AwardeeKind.Individual, AwardeeKind.Collective], records.Select(r => r.Kind));
        Assert.Equal(["Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cơ sở", "Giấy khen của Chủ tịch UBND huyện"], records.Select(r => r.Title));
        // A unit line the organisation knows places the award there; an office it does not list stays with the proposing unit.
        Assert.Equal(["xa", "huyen", "xa"], records.Select(r => r.UnitId));
        Assert.Equal(["Giáo viên", "Phó Trưởng phòng", null], records.Select(r => r.Position));
        Assert.All(records, r =>
        {
            Assert.Equal(2024, r.Year);
            Assert.Equal("01/QĐ-UBND", r.DecisionNumber);
            Assert.Equal(DateOnly.FromDateTime(Calendar.VietnamTime.FromUtc(version.CreatedAt)), r.DecisionDate);
            Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH", r.IssuingAuthority);
            Assert.Equal("huyen", r.IssuingUnitId);
            Assert.Equal(issued.InstanceId, r.InstanceId);
            Assert.Equal(version.Id, r.DocumentVersionId);
        });
        Assert.Equal("nguyen thi thu hang\nuy ban nhan dan xa truc dai", records[0].SearchText);
    }

    [Fact]
    public async Task A_decision_that_fails_to_issue_writes_nothing_to_the_register()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var engine = EngineOn(fixture);
        var decision = DecisionData();
        decision.Remove("legalBases");
        var issuing = await ToIssuingAsync(engine, decision);

        await Assert.ThrowsAsync<DocumentIncompleteException>(() =>
            engine.ActAsync(new TaskCommand("issue", "registry", issuing.CreatedTasks.Single().TaskId, TaskActions.Issue)));

        await using var context = fixture.Database.Create();
        Assert.Empty(await context.Awards.ToListAsync());
        Assert.Empty(await context.DocumentVersions.Where(d => d.Frozen).ToListAsync());
    }

    [Fact]
    public async Task Issuing_a_document_that_is_not_an_award_decision_writes_nothing_to_the_register()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var started = await fixture.StartDirectiveAsync();
        var review = await fixture.Engine.ActAsync(new TaskCommand("k1", "clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));
        var signing = await fixture.Engine.ActAsync(new TaskCommand("k2", "head", review.CreatedTasks.Single().TaskId, TaskActions.Approve));
        var issuing = await fixture.Engine.ActAsync(new TaskCommand("k3", "chairman", signing.CreatedTasks.Single().TaskId, TaskActions.Sign));
        var issued = await fixture.Engine.ActAsync(new TaskCommand("k4", "registry", issuing.CreatedTasks.Single().TaskId, TaskActions.Issue));

        Assert.Equal("01/CT-UBND", issued.DocumentReference);
        await using var context = fixture.Database.Create();
        Assert.Empty(await context.Awards.ToListAsync());
    }
}
