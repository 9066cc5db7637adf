using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Testing;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Tests.Workflows;

/// <summary>
/// The engine renders a command's documents before its write transaction opens, and tells what it does: log events for
/// commands, transitions, refusals and replays, and a counter of transitions.
/// </summary>
public sealed class EngineObservabilityTests
{
    private const int PreparedEvent = 2002;

    private static WorkflowEngine EngineWith(EngineFixture fixture, RecordingLogger<WorkflowEngine> logger) =>
        new(fixture.Database, fixture.DefinitionSource, EngineFixture.Rules, new DocumentRenderer(RepositoryPaths.Templates), TimeProvider.System, logger);

    private static async Task WaitForAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {what}.");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task A_command_renders_its_document_while_another_writer_holds_the_database()
    {
        await using var fixture = await EngineFixture.CreateAsync(DatabaseProvider.Sqlite);
        var logger = new RecordingLogger<WorkflowEngine>();
        var engine = EngineWith(fixture, logger);
        var draft = (await fixture.StartDirectiveAsync()).CreatedTasks.Single();
        await using var writer = fixture.Database.Create();
        await writer.Database.OpenConnectionAsync();
        // SQLite has one writer at a time: while this transaction holds the database, no other transaction can begin.
        await writer.Database.ExecuteSqlRawAsync("BEGIN IMMEDIATE;");

        var save = Task.Run(() => engine.ActAsync(new TaskCommand("save", "clerk", draft.TaskId, TaskActions.Save,
            Data: new JsonObject { ["directive"] = new JsonObject { ["summary"] = "Về việc thi đua (bản sửa)" } })));
        await WaitForAsync(() => logger.Events.Any(e => e.Id.Id == PreparedEvent && Equals(e.Fields["Rendered"], 1)), "the rendered command");
        var waitedForTheWriter = !save.IsCompleted;
        await writer.Database.ExecuteSqlRawAsync("ROLLBACK;");
        await save;

        Assert.True(waitedForTheWriter, "the command wrote while another writer held the database");
        await using var context = fixture.Database.Create();
        Assert.Equal(1, await context.DocumentVersions.CountAsync());
    }

    [Fact]
    public async Task Transitions_refusals_and_replays_are_logged_and_transitions_counted()
    {
        await using var fixture = await EngineFixture.CreateAsync(DatabaseProvider.Sqlite);
        var logger = new RecordingLogger<WorkflowEngine>();
        var engine = EngineWith(fixture, logger);
        var transitions = new ConcurrentQueue<(string? Definition, string? Kind, string? Status)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WorkflowTelemetry.MeterName && instrument.Name == "emulationdocs.workflow.transitions") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            var all = tags.ToArray();
            string? Tag(string key) => all.FirstOrDefault(t => t.Key == key).Value as string;
            transitions.Enqueue((Tag("definition"), Tag("kind"), Tag("status")));
        });
        listener.Start();

        var draft = (await fixture.StartDirectiveAsync()).CreatedTasks.Single();
        var submit = new TaskCommand("submit-key", "clerk", draft.TaskId, TaskActions.Submit);
        await engine.ActAsync(submit);
        await engine.ActAsync(submit);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => engine.ActAsync(submit with { IdempotencyKey = "another-key" }));

        Assert.Contains(("directive", "task.submit", "Running"), transitions);
        Assert.Single(logger.Events, e => e.Id.Id == 2003 && Equals(e.Fields["Kind"], "task.submit"));
        Assert.Single(logger.Events, e => e.Id.Id == 2005 && Equals(e.Fields["Key"], "submit-key"));
        Assert.Single(logger.Events, e => e.Id.Id == 2004 && Equals(e.Fields["Reason"], nameof(ConcurrencyConflictException)));
    }
}
