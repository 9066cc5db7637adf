using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Hosting;

/// <summary>
/// Brings the database up to date before the app serves anything: migrations, the demo organisation on an empty
/// database when asked for, and the workflow definitions of workflows/. Several nodes may start at once on one
/// PostgreSQL database: all of this runs under <see cref="StartupLock"/>, one node after the other. The catalog and award rules depend on the organisation's level
/// names, so they exist only after this ran; services that need them are resolved lazily from here.
/// </summary>
public sealed partial class ProductBootstrap(
    DatabaseFactory database, ProductPaths paths, TemplateFolders templates, IDataProtectionProvider dataProtection, ILogger<ProductBootstrap> logger)
{
    private DefinitionCatalog? _catalog;
    private AwardRules? _awardRules;

    public DefinitionCatalog Catalog => _catalog ?? throw NotReady();

    public AwardRules AwardRules => _awardRules ?? throw NotReady();

    public async Task InitializeAsync(CancellationToken ct = default) => await StartupLock.RunExclusivelyAsync(database.Options, InitializeExclusivelyAsync, ct);

    private async Task InitializeExclusivelyAsync(CancellationToken ct)
    {
        await database.MigrateAsync(ct);
        await ImportDemoOrganisationAsync(ct);
        // The first node creates the shared Data Protection key here, so that the next one finds it instead of making its own.
        dataProtection.CreateProtector(nameof(ProductBootstrap)).Protect([]);
        var levels = await KnownLevelsAsync(ct);
        // With no organisation yet, there are no level names to check a definition against: they are checked at the
        // next start after the organisation was created, and each instance resolves its levels against the real units.
        IReadOnlyCollection<string>? checkedLevels = levels.Count > 0 ? levels : null;
        var catalog = new DefinitionCatalog(database, DefinitionLoader.ForTemplateFolders(templates, checkedLevels));
        var published = await catalog.LoadDirectoryAsync(paths.Workflows, ct);
        foreach (var outcome in published.Where(o => o.IsNew))
            LogPublished(outcome.Definition.Id, outcome.Definition.Version);
        _awardRules = new AwardRulesLoader(checkedLevels).Load(await File.ReadAllTextAsync(Path.Combine(paths.Workflows, "award-rules.json"), ct));
        _catalog = catalog;
        await using var context = database.Create();
        if (!await context.Users.AnyAsync(ct)) LogNoUsers();
    }

    /// <summary>Only an empty database gets the demo organisation: an administrator's later changes are never overwritten.</summary>
    private async Task ImportDemoOrganisationAsync(CancellationToken ct)
    {
        if (!paths.ImportDemo || paths.OrganisationSeed is null) return;
        await using var context = database.Create();
        if (await context.Units.AnyAsync(ct)) return;
        LogImportingDemo(paths.OrganisationSeed);
        await OrganisationImporter.ImportAsync(context, await OrganisationFile.LoadAsync(paths.OrganisationSeed, ct), ct);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Published workflow {Id} version {Version}")]
    private partial void LogPublished(string id, int version);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Importing the demo organisation {File}: its passwords are published, never use it in production")]
    private partial void LogImportingDemo(string file);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The database has no users. Create the first administrator: " + FirstAdministrator.Command)]
    private partial void LogNoUsers();

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
