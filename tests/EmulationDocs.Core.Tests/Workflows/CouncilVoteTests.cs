using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>Runs on SQLite and on PostgreSQL (the nested classes).</summary>
public abstract class CouncilVoteTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : CouncilVoteTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : CouncilVoteTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static JsonObject Proposal(params (string Title, string[] Names)[] groups) => new()
    {
        ["submission"] = new JsonObject
        {
            ["awardGroups"] = new JsonArray(groups.Select(g => (JsonNode)new JsonObject
            {
                ["title"] = g.Title,
                ["kind"] = "individual",
                ["members"] = new JsonArray(g.Names.Select(n => (JsonNode)new JsonObject { ["name"] = n, ["position"] = "Giáo viên", ["unit"] = "Trường THCS Trực Đại" }).ToArray()),
            }).ToArray()),
        },
        ["minutes"] = new JsonObject { ["council"] = new JsonObject { ["name"] = "Hội đồng Thi đua - Khen thưởng huyện Trực Ninh" } },
    };

    private static async Task<IReadOnlyList<CreatedTask>> ToCouncilAsync(EngineFixture fixture, JsonObject proposal)
    {
        var started = await fixture.Engine.StartAsync(new StartCommand("start", "clerk", "huyen", "review", "Đề nghị khen thưởng năm 2022", proposal));
        var council = await fixture.Engine.ActAsync(new TaskCommand("submit", "clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));
        Assert.Equal("council", council.StepId);
        return council.CreatedTasks;
    }

    [Fact]
    public async Task Each_member_votes_and_candidates_below_their_titles_threshold_drop_out()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var ballots = await ToCouncilAsync(fixture, Proposal(("Chiến sĩ thi đua cơ sở", ["Nguyễn Văn An", "Trần Thị Bình"])));
        Assert.Equal(["member1", "member2", "member3", "member4", "member5"], ballots.Select(b => b.UserId));

        CommandResult? last = null;
        for (var i = 0; i < 5; i++)
        {
            var votes = new Dictionary<string, bool> { ["Nguyễn Văn An"] = true, ["Trần Thị Bình"] = i < 3 };
            last = await fixture.Engine.ActAsync(new TaskCommand($"vote-{i}", ballots[i].UserId!, ballots[i].TaskId, TaskActions.Vote, Votes: votes, Written: i == 4));
            Assert.Equal(i < 4 ? "council" : "decided", last.StepId);
        }

        Assert.Equal(InstanceStatus.Completed, last!.Status);
        await using var context = fixture.Database.Create();
        var instance = await context.Instances.SingleAsync();
        var data = JsonNode.Parse(instance.DataJson)!;
        var votesData = data["minutes"]!["votes"]!.AsArray();
        Assert.Equal([5, 3], votesData.Select(v => (int)v!["agree"]!));
        Assert.Equal([true, false], votesData.Select(v => (bool)v!["passed"]!));
        Assert.Equal("80%", (string)votesData[0]!["threshold"]!);
        Assert.Equal(1, (int)data["minutes"]!["council"]!["writtenVotes"]!);
        Assert.Equal(["Nguyễn Văn An"], data["submission"]!["awardGroups"]![0]!["members"]!.AsArray().Select(m => (string)m!["name"]!));
        var minutes = await context.DocumentVersions.SingleAsync(d => d.Role == "minutes");
        Assert.Contains("Không đạt", DirectiveWorkflowTests.DocxText(minutes.Content));
    }

    [Fact]
    public async Task A_member_cannot_vote_twice_or_for_someone_else()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var ballots = await ToCouncilAsync(fixture, Proposal(("Chiến sĩ thi đua cơ sở", ["Nguyễn Văn An"])));
        var votes = new Dictionary<string, bool> { ["Nguyễn Văn An"] = true };
        await Assert.ThrowsAsync<ActionNotAllowedException>(() => fixture.Engine.ActAsync(new TaskCommand("v0", "member2", ballots[0].TaskId, TaskActions.Vote, Votes: votes)));
        await fixture.Engine.ActAsync(new TaskCommand("v1", "member1", ballots[0].TaskId, TaskActions.Vote, Votes: votes));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => fixture.Engine.ActAsync(new TaskCommand("v2", "member1", ballots[0].TaskId, TaskActions.Vote, Votes: votes)));
    }

    [Fact]
    public async Task Titles_beyond_this_levels_authority_forward_the_proposal_to_the_parent_with_its_header()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var ballots = await ToCouncilAsync(fixture, Proposal(("Bằng khen của Chủ tịch UBND tỉnh", ["Lê Văn Cường"])));
        CommandResult? last = null;
        foreach (var (ballot, i) in ballots.Select((b, i) => (b, i)))
            last = await fixture.Engine.ActAsync(new TaskCommand($"v{i}", ballot.UserId!, ballot.TaskId, TaskActions.Vote, Votes: new Dictionary<string, bool> { ["Lê Văn Cường"] = true }));

        Assert.Equal("draft", last!.StepId);
        Assert.Equal(("clerk", "tinh"), (last.CreatedTasks.Single().Role, last.CreatedTasks.Single().UnitId));
        await using var context = fixture.Database.Create();
        var instance = await context.Instances.SingleAsync();
        Assert.Equal("tinh", instance.UnitId);
        Assert.Equal("ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH", (string)JsonNode.Parse(instance.DataJson)!["submission"]!["issuingBody"]!);
    }
}
