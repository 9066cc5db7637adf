using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>
/// The published versions of every definition (table <c>definitions</c>). The catalog numbers the
/// versions itself: a file's <c>version</c> is overwritten with latest + 1, because the files in
/// workflows/ evolve in the repository while each database has its own history (a fresh database
/// starts at 1 whatever the file says). Versions are never changed or removed, so running instances
/// keep theirs.
/// </summary>
public sealed class DefinitionCatalog(DatabaseFactory database, DefinitionLoader loader, TimeProvider? clock = null) : IDefinitionSource
{
    private const string AwardRulesFile = "award-rules.json";
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Validates <paramref name="json"/> and stores it as the next version, unless it equals the
    /// latest version apart from formatting and the version number.
    /// </summary>
    /// <exception cref="DefinitionException">The definition is invalid; nothing is stored.</exception>
    public async Task<PublishOutcome> PublishAsync(string json, string source = "definition", CancellationToken cancellationToken = default)
    {
        var definition = loader.Load(json, source);
        await using var context = database.Create();
        return await PublishAsync(context, definition, cancellationToken);
    }

    /// <summary>The newest version of <paramref name="id"/>, or null when it was never published.</summary>
    public async Task<WorkflowDefinition?> LatestAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var context = database.Create();
        var latest = await LatestRowAsync(context, id, cancellationToken);
        return latest is null ? null : Parse(latest);
    }

    /// <summary>One published version (the one a running instance uses), or null when there is no such version.</summary>
    public async Task<WorkflowDefinition?> GetAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        await using var context = database.Create();
        var row = await context.Definitions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.Version == version, cancellationToken);
        return row is null ? null : Parse(row);
    }

    /// <summary>Every published version, by id then version.</summary>
    public async Task<IReadOnlyList<PublishedVersion>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.Create();
        var rows = await context.Definitions.AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Version)
            .Select(d => new PublishedVersion(d.Id, d.Version, Parse(d).Name, d.PublishedAt))
            .ToList();
    }

    /// <summary>
    /// Publishes every <c>*.json</c> of <paramref name="directory"/> except award-rules.json. All files
    /// are validated first and nothing is published unless all are valid, so a deployment never runs
    /// with half of its chains updated.
    /// </summary>
    /// <exception cref="DefinitionException">Lists the problems of every invalid file.</exception>
    public async Task<IReadOnlyList<PublishOutcome>> LoadDirectoryAsync(string directory, CancellationToken cancellationToken = default)
    {
        var definitions = new List<WorkflowDefinition>();
        var problems = new List<DefinitionProblem>();
        var files = Directory.EnumerateFiles(directory, "*.json")
            .Where(f => !string.Equals(Path.GetFileName(f), AwardRulesFile, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            try
            {
                definitions.Add(loader.Load(await File.ReadAllTextAsync(file, cancellationToken), Path.GetFileName(file)));
            }
            catch (DefinitionException e)
            {
                problems.AddRange(e.Problems);
            }
        }
        foreach (var duplicate in definitions.GroupBy(d => d.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new(directory, null, "id", $"{duplicate.Count()} files define '{duplicate.Key}'."));
        }
        if (problems.Count > 0)
        {
            throw new DefinitionException(problems);
        }

        await using var context = database.Create();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var outcomes = new List<PublishOutcome>();
        foreach (var definition in definitions)
        {
            outcomes.Add(await AlreadyPublishedAsync(context, definition, cancellationToken) is { } stored
                ? new PublishOutcome(stored, IsNew: false)
                : await PublishAsync(context, definition, cancellationToken));
        }
        await transaction.CommitAsync(cancellationToken);
        return outcomes;
    }

    private async Task<PublishOutcome> PublishAsync(EmulationDocsDbContext context, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var latest = await LatestRowAsync(context, definition.Id, cancellationToken);
        if (latest is not null && DefinitionLoader.Serialize(definition with { Version = latest.Version }) == latest.Json)
        {
            return new PublishOutcome(Parse(latest), IsNew: false);
        }
        var published = definition with { Version = (latest?.Version ?? 0) + 1 };
        context.Definitions.Add(new PublishedDefinition
        {
            Id = published.Id,
            Version = published.Version,
            Json = DefinitionLoader.Serialize(published),
            PublishedAt = _clock.GetUtcNow().UtcDateTime,
        });
        // A concurrent publisher of the same id fails here on the (id, version) key instead of overwriting.
        await context.SaveChangesAsync(cancellationToken);
        return new PublishOutcome(published, IsNew: true);
    }

    /// <summary>
    /// The stored version with the file's content, if any. Every start loads the directory, and a file published once
    /// must not be published again over the versions an administrator published after it; a changed file (a new
    /// deployment) is published. A file reverted to an earlier deployment's content therefore needs publishing by hand.
    /// </summary>
    private static async Task<WorkflowDefinition?> AlreadyPublishedAsync(EmulationDocsDbContext context, WorkflowDefinition definition, CancellationToken cancellationToken)
    {
        var rows = await context.Definitions.AsNoTracking().Where(d => d.Id == definition.Id).OrderByDescending(d => d.Version).ToListAsync(cancellationToken);
        var same = rows.FirstOrDefault(row => DefinitionLoader.Serialize(definition with { Version = row.Version }) == row.Json);
        return same is null ? null : Parse(same);
    }

    private static Task<PublishedDefinition?> LatestRowAsync(EmulationDocsDbContext context, string id, CancellationToken cancellationToken) =>
        context.Definitions.AsNoTracking().Where(d => d.Id == id).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    private static WorkflowDefinition Parse(PublishedDefinition row) => DefinitionLoader.Parse(row.Json, $"{row.Id} v{row.Version}");

    async Task<WorkflowDefinition> IDefinitionSource.LatestAsync(string id, CancellationToken cancellationToken) =>
        await LatestAsync(id, cancellationToken)
        ?? throw new WorkflowNotFoundException($"No definition '{id}' is published.", $"Chưa có quy trình '{id}'.");

    async Task<WorkflowDefinition> IDefinitionSource.GetAsync(string id, int version, CancellationToken cancellationToken) =>
        await GetAsync(id, version, cancellationToken)
        ?? throw new WorkflowNotFoundException($"Definition '{id}' version {version} is not published.", $"Không có quy trình '{id}' phiên bản {version}.");
}

/// <param name="Definition">The definition as stored, with its catalog version.</param>
/// <param name="IsNew">False when the JSON equalled the latest version and nothing was stored.</param>
public sealed record PublishOutcome(WorkflowDefinition Definition, bool IsNew);

public sealed record PublishedVersion(string Id, int Version, string Name, DateTime PublishedAt);
