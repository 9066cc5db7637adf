using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>
/// A proposal moving between levels (<see cref="Definitions.Climb"/>: commune → district): what the next level receives,
/// what a return gives back, the decision assembled from the approved list, a council meeting twice.
/// Runs on SQLite and on PostgreSQL (the nested classes).
/// </summary>
public abstract class ForwardingTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : ForwardingTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : ForwardingTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static JsonObject Group(string title, params string[] names) => new()
    {
        ["title"] = title,
        ["kind"] = "individual",
        ["members"] = new JsonArray(names.Select(n => (JsonNode)new JsonObject { ["name"] = n, ["position"] = "Giáo viên", ["unit"] = "Trường THCS Trực Đại" }).ToArray()),
    };

    /// <summary>The commune's issued Tờ trình (number, date, signature, governing body) and its own minutes.</summary>
    private static JsonObject CommuneProposal(params JsonObject[] groups) => new()
    {
        ["submission"] = new JsonObject
        {
            ["governingBody"] = "HUYỆN TRỰC NINH",
            ["issuingBody"] = "ỦY BAN NHÂN DÂN\nXÃ TRỰC ĐẠI",
            ["place"] = "Trực Đại",
            ["number"] = "07",
            ["symbol"] = "TTr-UBND",
            ["date"] = "2024-12-10",
            ["year"] = 2024,
            ["summary"] = "Về việc đề nghị khen thưởng năm 2024",
            ["signature"] = new JsonObject { ["authority"] = "TM. ỦY BAN NHÂN DÂN", ["title"] = "CHỦ TỊCH", ["name"] = "Nguyễn Văn Thành" },
            ["awardGroups"] = new JsonArray(groups.Select(g => (JsonNode)g).ToArray()),
        },
        ["minutes"] = new JsonObject { ["council"] = new JsonObject { ["name"] = "Hội đồng Thi đua - Khen thưởng xã Trực Đại" } },
    };

    private static async Task<CommandResult> ToDistrictAsync(EngineFixture fixture, JsonObject proposal)
    {
        var started = await fixture.Engine.StartAsync(new StartCommand("start", "other-clerk", "xa", "climb", "Đề nghị khen thưởng năm 2024", proposal));
        var forwarded = await fixture.Engine.ActAsync(new TaskCommand("submit", "other-clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));
        Assert.Equal("review", forwarded.StepId);
        Assert.Equal("huyen", forwarded.CreatedTasks.Single().UnitId);
        return forwarded;
    }

    private static async Task<JsonObject> DataAsync(EngineFixture fixture)
    {
        await using var context = fixture.Database.Create();
        return JsonNode.Parse((await context.Instances.SingleAsync()).DataJson)!.AsObject();
    }

    private static async Task<CommandResult> VoteAllAsync(EngineFixture fixture, IReadOnlyList<CreatedTask> ballots, string round, Func<int, string, bool> agree, JsonObject? firstData = null)
    {
        CommandResult? last = null;
        for (var i = 0; i < ballots.Count; i++)
        {
            var votes = new[] { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường" }.ToDictionary(n => n, n => agree(i, n));
            last = await fixture.Engine.ActAsync(new TaskCommand($"{round}-vote-{i}", ballots[i].UserId!, ballots[i].TaskId, TaskActions.Vote,
                Votes: votes, Data: i == 0 ? firstData : null));
        }
        return last!;
    }

    [Fact]
    public async Task The_next_level_gets_the_list_with_its_own_header_and_none_of_the_lower_levels_issued_fields()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        await ToDistrictAsync(fixture, CommuneProposal(Group("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An")));

        var data = await DataAsync(fixture);
        var submission = data["submission"]!.AsObject();
        Assert.Equal("ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH", (string)submission["issuingBody"]!);
        Assert.Equal("Trực Ninh", (string)submission["place"]!);
        foreach (var issued in new[] { "number", "symbol", "date", "signature", "governingBody" }) Assert.False(submission.ContainsKey(issued), issued);
        Assert.Equal("Nguyễn Văn An", (string)submission["awardGroups"]![0]!["members"]![0]!["name"]!);
        Assert.Equal(2024, (int)submission["year"]!);
        Assert.False(data.ContainsKey("minutes"), "the commune's minutes stay with the commune");
        await using var context = fixture.Database.Create();
        Assert.Equal("huyen", (await context.Instances.SingleAsync()).UnitId);
    }

    [Fact]
    public async Task The_council_passes_on_only_the_candidates_who_reached_the_threshold_and_the_decision_is_built_from_them()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await ToDistrictAsync(fixture, CommuneProposal(
            Group("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An", "Trần Thị Bình"), Group("Giấy khen của Chủ tịch UBND huyện", "Lê Văn Cường")));

        var council = await fixture.Engine.ActAsync(new TaskCommand("approve", "clerk", review.CreatedTasks.Single().TaskId, TaskActions.Approve,
            Data: new JsonObject
            {
                ["minutes"] = new JsonObject { ["council"] = new JsonObject { ["name"] = "Hội đồng Thi đua - Khen thưởng huyện Trực Ninh" } },
            }));
        Assert.Equal("council", council.StepId);
        // Bình gets 3 of 5 (60 %) against the 80 % of Chiến sĩ thi đua cơ sở; the first member brings the meeting's details.
        var check = await VoteAllAsync(fixture, council.CreatedTasks, "r1", (i, name) => name != "Trần Thị Bình" || i < 3,
            new JsonObject { ["minutes"] = new JsonObject { ["meeting"] = new JsonObject { ["time"] = "14 giờ 00", ["location"] = "Hội trường UBND huyện" } } });
        Assert.Equal("check", check.StepId);
        // Both titles are granted at the district: the district decides.
        var decide = await fixture.Engine.ActAsync(new TaskCommand("check", "head", check.CreatedTasks.Single().TaskId, TaskActions.Approve));
        Assert.Equal("decide", decide.StepId);

        var data = await DataAsync(fixture);
        Assert.Equal("14 giờ 00", (string)data["minutes"]!["meeting"]!["time"]!);
        Assert.Equal("Hội đồng Thi đua - Khen thưởng huyện Trực Ninh", (string)data["minutes"]!["council"]!["name"]!);
        Assert.Equal([true, false, true], data["minutes"]!["votes"]!.AsArray().Select(v => (bool)v!["passed"]!));
        var decision = data["decision"]!.AsObject();
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH", (string)decision["decisionAuthority"]!);
        Assert.Equal("ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH", (string)decision["issuingBody"]!);
        Assert.Equal(2024, (int)decision["year"]!);
        Assert.Equal(["Nguyễn Văn An", "Lê Văn Cường"],
            decision["awardGroups"]!.AsArray().SelectMany(g => g!["members"]!.AsArray()).Select(m => (string)m!["name"]!));
    }

    [Fact]
    public async Task A_title_whose_candidates_all_fail_leaves_the_list()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await ToDistrictAsync(fixture, CommuneProposal(Group("Chiến sĩ thi đua cơ sở", "Trần Thị Bình"), Group("Giấy khen của Chủ tịch UBND huyện", "Lê Văn Cường")));
        var council = await fixture.Engine.ActAsync(new TaskCommand("approve", "clerk", review.CreatedTasks.Single().TaskId, TaskActions.Approve));

        await VoteAllAsync(fixture, council.CreatedTasks, "r1", (_, name) => name != "Trần Thị Bình");

        var groups = (await DataAsync(fixture))["submission"]!["awardGroups"]!.AsArray();
        Assert.Equal(["Giấy khen của Chủ tịch UBND huyện"], groups.Select(g => (string)g!["title"]!));
    }

    [Fact]
    public async Task A_return_down_to_the_commune_gives_it_back_its_own_header_unsigned_and_unnumbered()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await ToDistrictAsync(fixture, CommuneProposal(Group("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An")));

        var returned = await fixture.Engine.ActAsync(new TaskCommand("return", "clerk", review.CreatedTasks.Single().TaskId, TaskActions.Return,
            Comment: "Đề nghị bổ sung báo cáo thành tích.", ReturnTo: "draft"));

        Assert.Equal("draft", returned.StepId);
        Assert.Equal("xa", returned.CreatedTasks.Single().UnitId);
        var submission = (await DataAsync(fixture))["submission"]!.AsObject();
        Assert.Equal("ỦY BAN NHÂN DÂN\nXÃ TRỰC ĐẠI", (string)submission["issuingBody"]!);
        Assert.Equal("Trực Đại", (string)submission["place"]!);
        Assert.Equal("HUYỆN TRỰC NINH", (string)submission["governingBody"]!);
        foreach (var issued in new[] { "number", "date", "signature" }) Assert.False(submission.ContainsKey(issued), issued);
        await using var context = fixture.Database.Create();
        Assert.Equal("xa", (await context.Instances.SingleAsync()).UnitId);
    }

    [Fact]
    public async Task A_council_meeting_again_counts_only_the_new_round()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await ToDistrictAsync(fixture, CommuneProposal(Group("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An")));
        var council = await fixture.Engine.ActAsync(new TaskCommand("approve-1", "clerk", review.CreatedTasks.Single().TaskId, TaskActions.Approve));
        var check = await VoteAllAsync(fixture, council.CreatedTasks, "r1", (_, _) => true);
        var again = await fixture.Engine.ActAsync(new TaskCommand("check-return", "head", check.CreatedTasks.Single().TaskId, TaskActions.Return,
            Comment: "Hội đồng họp lại sau khi bổ sung hồ sơ.", ReturnTo: "review"));
        Assert.Equal("review", again.StepId);
        Assert.Equal("huyen", again.CreatedTasks.Single().UnitId);
        var council2 = await fixture.Engine.ActAsync(new TaskCommand("approve-2", "clerk", again.CreatedTasks.Single().TaskId, TaskActions.Approve));

        // Second round: four agree, one against (80 %): counted alone, not added to the first round's five.
        await VoteAllAsync(fixture, council2.CreatedTasks, "r2", (i, _) => i < 4);

        var vote = (await DataAsync(fixture))["minutes"]!["votes"]![0]!;
        Assert.Equal(4, (int)vote["agree"]!);
        Assert.Equal(1, (int)vote["disagree"]!);
        await using var context = fixture.Database.Create();
        Assert.Equal(5, await context.Ballots.CountAsync());
    }

    [Fact]
    public async Task A_level_decides_itself_when_no_title_needs_a_higher_level()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var started = await fixture.Engine.StartAsync(new StartCommand("start", "other-clerk", "xa", "climb", "Đề nghị khen thưởng năm 2024",
            CommuneProposal(Group("Lao động tiên tiến", "Lê Văn Cường"))));

        var decide = await fixture.Engine.ActAsync(new TaskCommand("submit", "other-clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));

        Assert.Equal("decide", decide.StepId);
        Assert.Equal("xa", decide.CreatedTasks.Single().UnitId);
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRỰC ĐẠI", (string)(await DataAsync(fixture))["decision"]!["decisionAuthority"]!);
    }

    [Fact]
    public async Task A_proposal_mixing_levels_splits_this_level_decides_its_titles_and_the_rest_goes_up()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var started = await fixture.Engine.StartAsync(new StartCommand("start", "other-clerk", "xa", "climb", "Đề nghị khen thưởng năm 2024",
            CommuneProposal(Group("Chiến sĩ thi đua cơ sở", "Nguyễn Văn An"), Group("Lao động tiên tiến", "Lê Văn Cường"))));

        var submitted = await fixture.Engine.ActAsync(new TaskCommand("submit", "other-clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));

        Assert.Equal("review", submitted.StepId);
        Assert.Contains(submitted.CreatedTasks, t => t.StepId == "review" && t.UnitId == "huyen");
        var decide = Assert.Single(submitted.CreatedTasks, t => t.StepId == "decide");
        Assert.Equal("xa", decide.UnitId);
        await using var context = fixture.Database.Create();
        var instances = await context.Instances.ToListAsync();
        Assert.Equal(2, instances.Count);
        var main = instances.Single(i => i.Id == started.InstanceId);
        var sibling = instances.Single(i => i.Id != started.InstanceId);
        Assert.Equal(("huyen", "xa"), (main.UnitId, sibling.UnitId));
        Assert.Equal(["Chiến sĩ thi đua cơ sở"], Titles(main, "submission"));
        Assert.Equal(["Lao động tiên tiến"], Titles(sibling, "decision"));
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TRỰC ĐẠI", (string)JsonNode.Parse(sibling.DataJson)!["decision"]!["decisionAuthority"]!);
        Assert.Contains(await context.History.Where(h => h.InstanceId == main.Id).Select(h => h.Action).ToListAsync(), a => a == "split");
    }

    private static IEnumerable<string> Titles(WorkflowInstance instance, string role) =>
        JsonNode.Parse(instance.DataJson)![role]!["awardGroups"]!.AsArray().Select(g => (string)g!["title"]!);
}
