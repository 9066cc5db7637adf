using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Hosting;

/// <summary>
/// Brings the database up to date before the app serves anything: migrations, the demo organisation on an empty
/// database, and the workflow definitions of workflows/. The catalog and award rules depend on the organisation's level
/// names, so they exist only after this ran; services that need them are resolved lazily from here.
/// </summary>
public sealed class ProductBootstrap(DatabaseFactory database, ProductPaths paths, TemplateFolders templates, ILogger<ProductBootstrap> logger)
{
    private DefinitionCatalog? _catalog;
    private AwardRules? _awardRules;

    public DefinitionCatalog Catalog => _catalog ?? throw NotReady();

    public AwardRules AwardRules => _awardRules ?? throw NotReady();

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        await database.MigrateAsync(ct);
        await ImportDemoOrganisationAsync(ct);
        var levels = await KnownLevelsAsync(ct);
        var catalog = new DefinitionCatalog(database, DefinitionLoader.ForTemplateFolders(templates, levels));
        var published = await catalog.LoadDirectoryAsync(paths.Workflows, ct);
        foreach (var outcome in published.Where(o => o.IsNew))
            logger.LogInformation("Published workflow {Id} version {Version}", outcome.Definition.Id, outcome.Definition.Version);
        _awardRules = new AwardRulesLoader(levels).Load(await File.ReadAllTextAsync(Path.Combine(paths.Workflows, "award-rules.json"), ct));
        _catalog = catalog;
    }

    /// <summary>Only an empty database gets the demo organisation: an administrator's later changes are never overwritten.</summary>
    private async Task ImportDemoOrganisationAsync(CancellationToken ct)
    {
        if (paths.OrganisationSeed is null) return;
        await using var context = database.Create();
        if (await context.Units.AnyAsync(ct)) return;
        logger.LogInformation("Importing the demo organisation {File}", paths.OrganisationSeed);
        await OrganisationImporter.ImportAsync(context, await OrganisationFile.LoadAsync(paths.OrganisationSeed, ct), ct);
    }

    /// <summary>
    /// The database's levels plus those of the organisation files beside the seed: one award-proposal definition serves the
    /// four-level and the three-level tree (the same rule as the CLI's dry runs), while a misspelt level is still refused.
    /// </summary>
    private async Task<IReadOnlyList<string>> KnownLevelsAsync(CancellationToken ct)
    {
        await using var context = database.Create();
        var known = await new UnitDirectory(context).LevelsAsync(ct) is var levels ? levels.Select(l => l.Name).ToList() : [];
        var directory = paths.OrganisationSeed is { } seed ? Path.GetDirectoryName(seed) : null;
        if (directory is null || !Directory.Exists(directory)) return known;
        foreach (var file in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                known.AddRange((await OrganisationFile.LoadAsync(file, ct)).Levels.Where(l => !known.Contains(l)));
            }
            catch (Exception ex) when (ex is OrganisationException or System.Text.Json.JsonException)
            {
                // Not an organisation file: it names no levels.
            }
        }
        return known;
    }

    private static InvalidOperationException NotReady() => new("ProductBootstrap.InitializeAsync has not run.");
}
