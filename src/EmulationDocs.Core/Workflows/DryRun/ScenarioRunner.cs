using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.DryRun;

/// <summary>
/// Plays a scenario on a fresh SQLite database: imports the organisation, publishes the
/// repository's definitions, then runs each action through the real engine, printing the trail
/// (step, actor, action, tasks created) and writing every generated document version.
/// </summary>
public sealed class ScenarioRunner(string repositoryRoot, TextWriter trail)
{
    public async Task<bool> RunAsync(Scenario scenario, string databasePath, string? outputDirectory, CancellationToken ct = default)
    {
        var database = new DatabaseFactory(DatabaseOptions.SqliteFile(databasePath));
        await database.MigrateAsync(ct);
        var organisation = await OrganisationFile.LoadAsync(Path.Combine(repositoryRoot, scenario.Organisation), ct);
        await using (var context = database.Create()) await OrganisationImporter.ImportAsync(context, organisation, ct);

        var templates = Path.Combine(repositoryRoot, "templates");
        var workflows = Path.Combine(repositoryRoot, "workflows");
        var levels = await KnownLevelsAsync(Path.Combine(repositoryRoot, scenario.Organisation), organisation.Levels, ct);
        var catalog = new DefinitionCatalog(database, DefinitionLoader.ForTemplatesDirectory(templates, levels));
        await catalog.LoadDirectoryAsync(workflows, ct);
        var rules = new AwardRulesLoader(levels).Load(await File.ReadAllTextAsync(Path.Combine(workflows, "award-rules.json"), ct));
        var engine = new WorkflowEngine(database, catalog, rules, new DocumentRenderer(templates), TimeProvider.System);
        var inbox = new Inbox(database, TimeProvider.System);

        trail.WriteLine($"Kịch bản: {scenario.Name} — quy trình {scenario.Definition}");
        Guid? instanceId = null;
        var written = new HashSet<long>();
        for (var index = 0; index < scenario.Steps.Count; index++)
        {
            var step = scenario.Steps[index];
            var label = $"{index + 1,2}. {step.User} {step.Action}";
            try
            {
                var result = step.Action == "start"
                    ? await engine.StartAsync(new StartCommand($"scenario-{index}", step.User, step.Unit ?? throw Missing(index, "unit"), scenario.Definition,
                        step.Title ?? scenario.Name, step.Data ?? []), ct)
                    : await engine.ActAsync(await CommandForAsync(database, inbox, step, index, instanceId ?? throw Missing(index, "a start before it"), ct), ct);
                instanceId = result.InstanceId;
                var tasks = result.CreatedTasks.Count == 0 ? "—" : string.Join(", ", result.CreatedTasks.Select(t => t.UserId ?? $"{t.Role}@{t.UnitId}"));
                trail.WriteLine($"{label} → bước {result.StepId} ({result.Status}){(result.DocumentReference is { } r ? $", số {r}" : "")}; việc mới: {tasks}");
                if (outputDirectory is not null) await WriteDocumentsAsync(database, result.InstanceId, outputDirectory, written, ct);
            }
            catch (WorkflowException ex)
            {
                trail.WriteLine($"{label} → KHÔNG ĐƯỢC PHÉP: {ex.UserMessage} ({ex.Message})");
                return false;
            }
        }
        return await MeetsExpectationAsync(database, scenario.Expect, instanceId, ct);
    }

    /// <summary>
    /// The user's open task on this instance: the step the scenario means is the one the user may act on now. A user with
    /// no task of their own acts on the instance's open task anyway, so the engine refuses with its own reason.
    /// </summary>
    private static async Task<TaskCommand> CommandForAsync(DatabaseFactory database, Inbox inbox, ScenarioStep step, int index, Guid instanceId, CancellationToken ct)
    {
        // The user's task on the current instance; else on another one of the run (a proposal split
        // into a decision at this level and the rest going up continues as two instances).
        var tasks = await inbox.ForUserAsync(step.User, ct: ct);
        var own = tasks.FirstOrDefault(t => t.InstanceId == instanceId) ?? tasks.MinBy(t => t.CreatedAt);
        if (own is not null)
            return new TaskCommand($"scenario-{index}", step.User, own.TaskId, step.Action, own.TaskRevision, step.Comment, step.Data, step.ReturnTo, step.Votes, step.Written);
        await using var context = database.Create();
        var open = await context.Tasks.AsNoTracking().Where(t => t.InstanceId == instanceId && t.State == TaskState.Open)
            .OrderBy(t => t.CreatedAt).ThenBy(t => t.UserId).FirstOrDefaultAsync(ct)
            ?? throw new ActionNotAllowedException($"Step {index + 1}: the instance has no open task.", $"Bước {index + 1}: văn bản không còn việc nào cần xử lý.");
        return new TaskCommand($"scenario-{index}", step.User, open.Id, step.Action, open.Revision, step.Comment, step.Data, step.ReturnTo, step.Votes, step.Written);
    }

    /// <summary>Writes the instance's document versions not written yet, numbered in the order they were made.</summary>
    private static async Task WriteDocumentsAsync(DatabaseFactory database, Guid instanceId, string directory, HashSet<long> written, CancellationToken ct)
    {
        Directory.CreateDirectory(directory);
        await using var context = database.Create();
        var versions = await context.DocumentVersions.AsNoTracking().Where(d => d.InstanceId == instanceId).OrderBy(d => d.Id).ToListAsync(ct);
        foreach (var version in versions.Where(v => written.Add(v.Id)))
        {
            var name = $"{written.Count:00}-{version.UnitId}-{version.Role}-v{version.Version}{(version.Frozen ? "-issued" : "")}.docx";
            await File.WriteAllBytesAsync(Path.Combine(directory, name), version.Content, ct);
        }
    }

    private async Task<bool> MeetsExpectationAsync(DatabaseFactory database, ScenarioExpectation? expect, Guid? instanceId, CancellationToken ct)
    {
        if (expect is null || instanceId is null) return true;
        await using var context = database.Create();
        var instance = await context.Instances.AsNoTracking().SingleAsync(i => i.Id == instanceId, ct);
        var failures = new List<string>();
        if (expect.Status is { } status && instance.Status.ToString() != status) failures.Add($"trạng thái {instance.Status}, cần {status}");
        if (expect.Step is { } stepId && instance.StepId != stepId) failures.Add($"bước {instance.StepId}, cần {stepId}");
        if (expect.Unit is { } unit && instance.UnitId != unit) failures.Add($"đơn vị {instance.UnitId}, cần {unit}");
        trail.WriteLine(failures.Count == 0 ? $"Kết thúc: bước {instance.StepId}, {instance.Status}, tại {instance.UnitId}." : "KHÔNG ĐẠT: " + string.Join("; ", failures));
        return failures.Count == 0;
    }

    /// <summary>
    /// The level names definitions and award rules may use: the organisation's own and those of the other organisation
    /// files beside it. The same definition serves the four-level tree and today's three-level tree, where its district
    /// steps never apply and titles granted only at the district are never granted; a misspelt level is still refused.
    /// </summary>
    private static async Task<IReadOnlyList<string>> KnownLevelsAsync(string organisationPath, IReadOnlyList<string> own, CancellationToken ct)
    {
        var known = own.ToList();
        var directory = Path.GetDirectoryName(Path.GetFullPath(organisationPath))!;
        foreach (var other in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            if (Path.GetFullPath(other) == Path.GetFullPath(organisationPath)) continue;
            try
            {
                known.AddRange((await OrganisationFile.LoadAsync(other, ct)).Levels.Where(l => !known.Contains(l)));
            }
            catch (Exception ex) when (ex is OrganisationException or System.Text.Json.JsonException)
            {
                // Not an organisation file: it names no levels.
            }
        }
        return known;
    }

    private static FormatException Missing(int index, string what) => new($"Scenario step {index + 1} needs {what}.");
}
