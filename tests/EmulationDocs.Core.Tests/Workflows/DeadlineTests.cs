using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>Deadline timers, reminders and escalation on SQLite and on PostgreSQL (the nested classes).</summary>
public abstract class DeadlineTests
{
    protected abstract DatabaseProvider Provider { get; }

    public sealed class Sqlite : DeadlineTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
    }

    public sealed class PostgreSql : DeadlineTests
    {
        protected override DatabaseProvider Provider => DatabaseProvider.PostgreSql;
    }

    /// <summary>08:00 in Vietnam.</summary>
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTime DraftDue = Start.UtcDateTime.AddDays(3);

    private readonly FakeTimeProvider _clock = new(Start);

    private Task<EngineFixture> FixtureAsync() => EngineFixture.CreateAsync(Provider, _clock);

    private DeadlineProcessor Processor(EngineFixture fixture, TimeSpan? lease = null) => new(fixture.Database, fixture.DefinitionSource, _clock, lease);

    private static async Task<CreatedTask> StartAsync(EngineFixture fixture, string key = "start") =>
        Assert.Single((await fixture.Engine.StartAsync(new StartCommand(key, "clerk", "huyen", "deadlines", "Chỉ thị phát động thi đua", new JsonObject()))).CreatedTasks);

    private static async Task<List<DeadlineTimer>> TimersAsync(EngineFixture fixture, Guid taskId)
    {
        await using var context = fixture.Database.Create();
        return await context.Timers.AsNoTracking().Where(t => t.TaskId == taskId).OrderBy(t => t.DueAt).ToListAsync();
    }

    private static async Task<(int Notifications, int History)> CountsAsync(EngineFixture fixture, string action)
    {
        await using var context = fixture.Database.Create();
        return (await context.Notifications.CountAsync(), await context.History.CountAsync(h => h.Action == action));
    }

    [Fact]
    public async Task A_task_with_a_due_time_gets_a_reminder_at_half_of_it_and_an_escalation_at_it()
    {
        await using var fixture = await FixtureAsync();
        var draft = await StartAsync(fixture);

        var timers = await TimersAsync(fixture, draft.TaskId);

        Assert.Equal([TimerKinds.Reminder, TimerKinds.Escalation], timers.Select(t => t.Kind));
        Assert.Equal([Start.UtcDateTime.AddDays(1.5), DraftDue], timers.Select(t => t.DueAt));
        Assert.All(timers, t => Assert.Null(t.DoneAt));
    }

    [Fact]
    public async Task Completing_a_task_closes_its_timers_and_the_next_task_gets_its_own()
    {
        await using var fixture = await FixtureAsync();
        var draft = await StartAsync(fixture);
        _clock.Advance(TimeSpan.FromHours(1));

        var review = Assert.Single((await fixture.Engine.ActAsync(new TaskCommand("submit", "clerk", draft.TaskId, TaskActions.Submit))).CreatedTasks);

        var closed = await TimersAsync(fixture, draft.TaskId);
        Assert.All(closed, t => Assert.Equal((TimerOutcomes.TaskClosed, _clock.GetUtcNow().UtcDateTime), (t.Outcome, t.DoneAt!.Value)));
        var now = _clock.GetUtcNow().UtcDateTime;
        // The review is due in P2D and reminds P1D before.
        Assert.Equal([now.AddDays(1), now.AddDays(2)], (await TimersAsync(fixture, review.TaskId)).Select(t => t.DueAt));
        _clock.Advance(TimeSpan.FromDays(1.6));
        Assert.Equal(1, await Processor(fixture).RunOnceAsync("w", 10, default));
        await using var context = fixture.Database.Create();
        Assert.Equal("head", (await context.Notifications.SingleAsync()).Role);
    }

    [Fact]
    public async Task Passing_the_reminder_time_notifies_the_assignee_once()
    {
        await using var fixture = await FixtureAsync();
        var draft = await StartAsync(fixture);
        var processor = Processor(fixture);
        Assert.Equal(0, await processor.RunOnceAsync("w", 10, default));

        _clock.Advance(TimeSpan.FromDays(1.5) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await processor.RunOnceAsync("w", 10, default));
        Assert.Equal(0, await processor.RunOnceAsync("w", 10, default));
        Assert.Equal(0, await Processor(fixture).RunOnceAsync("other", 10, default));

        await using var context = fixture.Database.Create();
        var notification = await context.Notifications.SingleAsync();
        Assert.Equal((TimerKinds.Reminder, "clerk", "huyen", (string?)null, draft.TaskId),
            (notification.Kind, notification.Role, notification.UnitId, notification.UserId, notification.TaskId!.Value));
        Assert.Equal("Sắp đến hạn xử lý: Chỉ thị phát động thi đua (hạn 05/03/2026 08:00)", notification.Message);
        var remind = await context.History.SingleAsync(h => h.Action == "remind");
        Assert.Equal(("system", "draft"), (remind.UserId, remind.StepId));
        var timers = await TimersAsync(fixture, draft.TaskId);
        Assert.Equal([TimerOutcomes.Reminded, null], timers.Select(t => t.Outcome));
    }

    [Fact]
    public async Task Passing_the_due_time_gives_the_head_an_overdue_task_on_the_same_step_and_whoever_acts_first_completes_it()
    {
        await using var fixture = await FixtureAsync();
        var draft = await StartAsync(fixture);

        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        // Both timers are due: the reminder comes too late to say "sắp đến hạn" and only the escalation speaks.
        Assert.Equal(2, await Processor(fixture).RunOnceAsync("w", 10, default));

        var item = Assert.Single(await fixture.Inbox.ForUserAsync("head"));
        Assert.Equal(("draft", "head", "huyen", true, DraftDue), (item.StepId, item.Role, item.UnitId, item.Overdue, item.DueAt!.Value));
        Assert.Single(await fixture.Inbox.ForUserAsync("clerk"));
        await using (var context = fixture.Database.Create())
        {
            var notification = await context.Notifications.SingleAsync();
            Assert.Equal((TimerKinds.Escalation, "head", "huyen"), (notification.Kind, notification.Role, notification.UnitId));
            Assert.StartsWith("Quá hạn xử lý: Chỉ thị phát động thi đua", notification.Message);
            Assert.Equal(1, await context.History.CountAsync(h => h.Action == "escalate" && h.UserId == "system"));
            Assert.Equal([TimerOutcomes.ReminderLate, TimerOutcomes.Escalated], (await TimersAsync(fixture, draft.TaskId)).Select(t => t.Outcome));
        }

        await fixture.Engine.ActAsync(new TaskCommand("head-submits", "head", item.TaskId, TaskActions.Submit));
        Assert.Empty(await fixture.Inbox.ForUserAsync("clerk"));
        Assert.Equal("review", Assert.Single(await fixture.Inbox.ForUserAsync("head")).StepId);
    }

    [Fact]
    public async Task An_overdue_task_of_the_head_goes_to_the_chairman()
    {
        await using var fixture = await FixtureAsync();
        var draft = await StartAsync(fixture);
        await fixture.Engine.ActAsync(new TaskCommand("submit", "clerk", draft.TaskId, TaskActions.Submit));

        _clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await Processor(fixture).RunOnceAsync("w", 10, default);

        var item = Assert.Single(await fixture.Inbox.ForUserAsync("chairman"));
        Assert.Equal(("review", "chairman", true), (item.StepId, item.Role, item.Overdue));
    }

    [Fact]
    public async Task Four_processors_at_once_process_each_of_200_due_timers_exactly_once()
    {
        await using var fixture = await FixtureAsync();
        for (var i = 0; i < 200; i++) await StartAsync(fixture, $"start-{i}");
        // Past the 200 reminders, before the 200 escalations.
        _clock.Advance(TimeSpan.FromDays(2));

        var processed = await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var processor = Processor(fixture);
            var total = 0;
            for (int n; (n = await processor.RunOnceAsync($"worker-{w}", 10, default)) > 0;) total += n;
            return total;
        })));

        Assert.Equal(200, processed.Sum());
        Assert.Equal((200, 200), await CountsAsync(fixture, "remind"));
        await using var context = fixture.Database.Create();
        Assert.Equal(200, await context.Notifications.Select(n => n.TaskId).Distinct().CountAsync());
        Assert.Equal(200, await context.Timers.CountAsync(t => t.Outcome == TimerOutcomes.Reminded));
        Assert.Equal(200, await context.Timers.CountAsync(t => t.DoneAt == null && t.Kind == TimerKinds.Escalation));
        if (Provider == DatabaseProvider.PostgreSql)
        {
            // SKIP LOCKED lets the workers take disjoint batches side by side (SQLite serialises them, so one may take all).
            Assert.True(await context.Timers.Where(t => t.ClaimedBy != null).Select(t => t.ClaimedBy).Distinct().CountAsync() > 1);
        }
    }

    [Fact]
    public async Task A_processor_whose_lease_expired_before_it_committed_writes_nothing_and_another_takes_the_timer()
    {
        await using var fixture = await FixtureAsync();
        await StartAsync(fixture);
        _clock.Advance(TimeSpan.FromDays(2));
        var slow = Processor(fixture, lease: TimeSpan.FromSeconds(1));

        var claimed = Assert.Single(await slow.ClaimAsync("slow", 10, default));
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False(await slow.ProcessAsync(claimed, "slow", default));
        Assert.Equal((0, 0), await CountsAsync(fixture, "remind"));
        Assert.Equal(1, await Processor(fixture).RunOnceAsync("fast", 10, default));
        Assert.False(await slow.ProcessAsync(claimed, "slow", default));
        Assert.Equal((1, 1), await CountsAsync(fixture, "remind"));
    }

    [Fact]
    public async Task The_scheduler_processes_due_timers_until_cancelled()
    {
        await using var fixture = await FixtureAsync();
        await StartAsync(fixture);
        _clock.Advance(TimeSpan.FromDays(2));
        using var stop = new CancellationTokenSource();
        var scheduler = new DeadlineScheduler(Processor(fixture), _clock, new DeadlineSchedulerOptions { Interval = TimeSpan.FromMilliseconds(20) });

        var running = scheduler.RunAsync(stop.Token);
        // Waits on the observable result (up to a minute on a slow machine), not on a fixed pause.
        for (var waited = 0; (await CountsAsync(fixture, "remind")).History == 0 && waited < 1200; waited++) await Task.Delay(50);
        await stop.CancelAsync();
        await running;

        Assert.Equal((1, 1), await CountsAsync(fixture, "remind"));
    }
}
