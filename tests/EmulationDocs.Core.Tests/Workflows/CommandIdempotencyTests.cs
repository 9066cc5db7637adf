using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>
/// Exactly-once commands: without a key a command is never matched to another; a key is bound to the user, the command kind
/// and its target, so only a true retry returns the first result. Runs on SQLite and on PostgreSQL (the nested classes).
/// </summary>
public abstract class CommandIdempotencyTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : CommandIdempotencyTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : CommandIdempotencyTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    private static StartCommand Start(string? key, string user = "clerk") =>
        new(key, user, "huyen", "directive", "Chỉ thị phát động thi đua năm 2022", new JsonObject { ["directive"] = EngineFixture.DirectiveData() });

    private static async Task<CreatedTask> ReviewTaskAsync(EngineFixture fixture, string suffix)
    {
        var draft = (await fixture.Engine.StartAsync(Start($"start-{suffix}"))).CreatedTasks.Single();
        return (await fixture.Engine.ActAsync(new TaskCommand($"submit-{suffix}", "clerk", draft.TaskId, TaskActions.Submit))).CreatedTasks.Single();
    }

    [Fact]
    public async Task Two_starts_without_a_key_make_two_documents()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);

        var first = await fixture.Engine.StartAsync(Start(null));
        var second = await fixture.Engine.StartAsync(Start(null));
        var blank = await fixture.Engine.StartAsync(Start(""));

        Assert.Equal(3, new[] { first.InstanceId, second.InstanceId, blank.InstanceId }.Distinct().Count());
        await using var context = fixture.Database.Create();
        Assert.Equal(3, await context.Instances.CountAsync());
        Assert.Equal(0, await context.Commands.CountAsync());
    }

    [Fact]
    public async Task A_key_reused_on_another_task_is_refused_naming_the_conflict_and_that_task_is_not_acted_on()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var one = await ReviewTaskAsync(fixture, "1");
        var two = await ReviewTaskAsync(fixture, "2");
        await fixture.Engine.ActAsync(new TaskCommand("approve-key", "head", one.TaskId, TaskActions.Approve));

        var conflict = await Assert.ThrowsAsync<IdempotencyKeyConflictException>(() =>
            fixture.Engine.ActAsync(new TaskCommand("approve-key", "head", two.TaskId, TaskActions.Approve)));

        Assert.Equal("Mã chống gửi trùng (idempotencyKey) này đã được dùng cho thao tác «Đồng ý» trên một công việc khác. Hãy dùng một mã mới cho mỗi thao tác.",
            conflict.UserMessage);
        await using var context = fixture.Database.Create();
        Assert.Equal(TaskState.Open, (await context.Tasks.SingleAsync(t => t.Id == two.TaskId)).State);
    }

    [Fact]
    public async Task A_key_reused_for_another_action_or_by_another_user_is_refused()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await ReviewTaskAsync(fixture, "1");
        await fixture.Engine.StartAsync(Start("shared-key"));

        var otherKind = await Assert.ThrowsAsync<IdempotencyKeyConflictException>(() =>
            fixture.Engine.ActAsync(new TaskCommand("shared-key", "clerk", review.TaskId, TaskActions.Approve)));
        Assert.Contains("«Khởi tạo văn bản», không phải «Đồng ý»", otherKind.UserMessage);
        var otherUser = await Assert.ThrowsAsync<IdempotencyKeyConflictException>(() => fixture.Engine.StartAsync(Start("shared-key", "clerk2")));
        Assert.Contains("một người dùng khác", otherUser.UserMessage);
        Assert.DoesNotContain("clerk", otherUser.UserMessage);

        await using var context = fixture.Database.Create();
        Assert.Equal(2, await context.Instances.CountAsync());
        Assert.Equal(TaskState.Open, (await context.Tasks.SingleAsync(t => t.Id == review.TaskId)).State);
    }

    [Fact]
    public async Task A_true_retry_of_an_action_returns_its_first_result_and_acts_once()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);
        var review = await ReviewTaskAsync(fixture, "1");

        var first = await fixture.Engine.ActAsync(new TaskCommand("approve-once", "head", review.TaskId, TaskActions.Approve));
        var retry = await fixture.Engine.ActAsync(new TaskCommand("approve-once", "head", review.TaskId, TaskActions.Approve));

        Assert.Equal(first.CreatedTasks.Single().TaskId, retry.CreatedTasks.Single().TaskId);
        Assert.Equal(first.Revision, retry.Revision);
        await using var context = fixture.Database.Create();
        Assert.Equal(1, await context.History.CountAsync(h => h.Action == TaskActions.Approve));
    }

    [Fact]
    public async Task Parallel_duplicates_with_one_key_make_one_document_and_one_approval_and_all_get_its_result()
    {
        await using var fixture = await EngineFixture.CreateAsync(Provider);

        var starts = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => fixture.Engine.StartAsync(Start("double-click")))));
        Assert.Single(starts.Select(s => s.InstanceId).Distinct());
        var draft = starts[0].CreatedTasks.Single();
        var review = (await fixture.Engine.ActAsync(new TaskCommand("submit", "clerk", draft.TaskId, TaskActions.Submit))).CreatedTasks.Single();

        var approvals = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Task.Run(() => fixture.Engine.ActAsync(new TaskCommand("approve-double-click", "head", review.TaskId, TaskActions.Approve)))));
        Assert.Single(approvals.Select(a => a.CreatedTasks.Single().TaskId).Distinct());

        await using var context = fixture.Database.Create();
        Assert.Equal(1, await context.Instances.CountAsync());
        Assert.Equal(1, await context.History.CountAsync(h => h.Action == TaskActions.Approve));
        Assert.Equal(1, await context.Tasks.CountAsync(t => t.StepId == "sign"));
    }
}
