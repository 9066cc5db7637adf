using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>
/// Every change to a document's data is a new version with its hash and the acting user in the history, or is refused; a
/// step changes only the documents it prepares; values are checked against the contract at every step.
/// Runs on SQLite and on PostgreSQL (the nested classes).
/// </summary>
public abstract class DocumentChangeTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : DocumentChangeTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : DocumentChangeTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static async Task<CreatedTask> DirectiveReviewAsync(EngineFixture fixture)
    {
        var draft = (await fixture.StartDirectiveAsync()).CreatedTasks.Single();
        return (await fixture.Engine.ActAsync(new TaskCommand("submit", "clerk", draft.TaskId, TaskActions.Submit))).CreatedTasks.Single();
    }

    /// <summary>A commune's proposal forwarded to the district, whose clerk's review prepares the district council's minutes.</summary>
    private static async Task<CreatedTask> DistrictReviewAsync(EngineFixture fixture)
    {
        var proposal = new JsonObject
        {
            ["submission"] = new JsonObject
            {
                ["issuingBody"] = "ỦY BAN NHÂN DÂN\nXÃ TRỰC ĐẠI", ["place"] = "Trực Đại", ["year"] = 2024, ["summary"] = "Về việc đề nghị khen thưởng năm 2024",
                ["awardGroups"] = new JsonArray(new JsonObject
                {
                    ["title"] = "Chiến sĩ thi đua cơ sở", ["kind"] = "individual",
                    ["members"] = new JsonArray(new JsonObject { ["name"] = "Nguyễn Văn An", ["position"] = "Giáo viên", ["unit"] = "Trường THCS Trực Đại" }),
                }),
            },
        };
        var started = await fixture.Engine.StartAsync(new StartCommand("start", "other-clerk", "xa", "climb", "Đề nghị khen thưởng năm 2024", proposal));
        var forwarded = await fixture.Engine.ActAsync(new TaskCommand("submit", "other-clerk", started.CreatedTasks.Single().TaskId, TaskActions.Submit));
        Assert.Equal("review", forwarded.StepId);
        return forwarded.CreatedTasks.Single();
    }

    private static async Task<JsonObject> DataAsync(EmulationDocsDbContext context) =>
        JsonNode.Parse((await context.Instances.OrderBy(i => i.CreatedAt).FirstAsync()).DataJson)!.AsObject();

    [Fact]
    public async Task A_reviewer_cannot_rewrite_a_document_the_review_does_not_prepare()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await DirectiveReviewAsync(fixture);

        var refused = await Assert.ThrowsAsync<DocumentNotEditableException>(() => fixture.Engine.ActAsync(new TaskCommand("approve", "head", review.TaskId,
            TaskActions.Approve, Data: new JsonObject { ["directive"] = new JsonObject { ["body"] = "Nội dung do người duyệt viết lại./.", ["summary"] = "Về việc khác" } })));

        Assert.Contains("không sửa nội dung văn bản nào", refused.UserMessage);
        await using var context = fixture.Database.Create();
        Assert.Equal("Về việc phát động thi đua năm 2022", (string)(await DataAsync(context))["directive"]!["summary"]!);
        Assert.Equal(TaskState.Open, (await context.Tasks.SingleAsync(t => t.Id == review.TaskId)).State);
        Assert.Equal(1, await context.DocumentVersions.CountAsync());
    }

    [Fact]
    public async Task What_a_review_prepares_becomes_a_new_version_with_its_hash_and_the_reviewer_in_the_history()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await DistrictReviewAsync(fixture);

        await fixture.Engine.ActAsync(new TaskCommand("approve", "clerk", review.TaskId, TaskActions.Approve,
            Data: new JsonObject { ["minutes"] = new JsonObject { ["council"] = new JsonObject { ["name"] = "Hội đồng Thi đua - Khen thưởng huyện Trực Ninh" } } }));

        await using var context = fixture.Database.Create();
        var minutes = await context.DocumentVersions.SingleAsync(d => d.Role == "minutes" && d.UnitId == "huyen");
        var revised = await context.History.SingleAsync(h => h.Action == HistoryActions.Revise);
        Assert.Equal(("clerk", "review", minutes.Hash), (revised.UserId, revised.StepId, revised.DocumentHash));
        var approved = await context.History.SingleAsync(h => h.Action == TaskActions.Approve);
        Assert.Equal(minutes.Hash, approved.DocumentHash);
        Assert.Equal("Hội đồng Thi đua - Khen thưởng huyện Trực Ninh", (string)(await DataAsync(context))["minutes"]!["council"]!["name"]!);
    }

    [Fact]
    public async Task A_review_may_not_change_the_document_it_only_passes_on()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await DistrictReviewAsync(fixture);

        var refused = await Assert.ThrowsAsync<DocumentNotEditableException>(() => fixture.Engine.ActAsync(new TaskCommand("approve", "clerk", review.TaskId,
            TaskActions.Approve, Data: new JsonObject
            {
                ["minutes"] = new JsonObject { ["summary"] = "Biên bản họp" },
                ["submission"] = new JsonObject { ["awardGroups"] = new JsonArray() },
            })));

        Assert.Contains("chỉ được sửa văn bản mà bước này soạn", refused.UserMessage);
        await using var context = fixture.Database.Create();
        var data = await DataAsync(context);
        Assert.Single(data["submission"]!["awardGroups"]!.AsArray());
        Assert.False(data.ContainsKey("minutes"));
    }

    [Fact]
    public async Task A_wrongly_typed_value_at_a_review_is_refused_listing_the_field()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await DistrictReviewAsync(fixture);

        var refused = await Assert.ThrowsAsync<DocumentIncompleteException>(() => fixture.Engine.ActAsync(new TaskCommand("approve", "clerk", review.TaskId,
            TaskActions.Approve, Data: new JsonObject { ["minutes"] = new JsonObject { ["year"] = "năm nay", ["meeting"] = new JsonObject { ["date"] = "chiều thứ Sáu" } } })));

        Assert.StartsWith("Dữ liệu văn bản không đúng mẫu: ", refused.UserMessage);
        Assert.Contains("year", refused.UserMessage);
        Assert.Contains("meeting.date", refused.UserMessage);
        await using var context = fixture.Database.Create();
        Assert.Equal(TaskState.Open, (await context.Tasks.SingleAsync(t => t.Id == review.TaskId)).State);
        Assert.False((await DataAsync(context)).ContainsKey("minutes"));
    }

    [Fact]
    public async Task A_wrongly_typed_value_at_the_start_is_refused()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var data = EngineFixture.DirectiveData();
        data["year"] = "hai không hai hai";

        var refused = await Assert.ThrowsAsync<DocumentIncompleteException>(() => fixture.Engine.StartAsync(
            new StartCommand("start", "clerk", "huyen", "directive", "Chỉ thị", new JsonObject { ["directive"] = data })));

        Assert.Contains("year", refused.UserMessage);
        await using var context = fixture.Database.Create();
        Assert.Equal(0, await context.Instances.CountAsync());
    }

    [Fact]
    public async Task Signing_with_data_is_refused_instead_of_dropping_it()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await DirectiveReviewAsync(fixture);
        var sign = (await fixture.Engine.ActAsync(new TaskCommand("approve", "head", review.TaskId, TaskActions.Approve))).CreatedTasks.Single();

        await Assert.ThrowsAsync<DocumentNotEditableException>(() => fixture.Engine.ActAsync(new TaskCommand("sign", "chairman", sign.TaskId, TaskActions.Sign,
            Data: new JsonObject { ["directive"] = new JsonObject { ["summary"] = "Về việc khác" } })));
    }
}
