using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Web.Features.Admin;

public sealed record DefinitionVersionRow(int Version, string Name, DateTime PublishedAt);

public sealed record DefinitionRow(string Id, string Name, IReadOnlyList<DefinitionVersionRow> Versions)
{
    public int LatestVersion => Versions[^1].Version;
}

/// <summary>
/// Quản trị › Quy trình (administrators of a top-level unit): the published versions, each version's JSON, and publishing
/// a new version through the catalog, which validates it, numbers it latest + 1 and never changes a stored version. New
/// documents start on the latest version; running ones keep theirs.
/// </summary>
public sealed class WorkflowAdministration(AdminAccess access, DefinitionCatalog catalog)
{
    /// <summary>Largest definition accepted from the page or API; the repository's largest is about 10 KB.</summary>
    public const int MaxJsonBytes = 512 * 1024;

    public async Task<IReadOnlyList<DefinitionRow>> ListAsync(CancellationToken ct = default)
    {
        await EnsureAllowedAsync(ct);
        return (await catalog.ListAsync(ct)).GroupBy(v => v.Id)
            .Select(g => new DefinitionRow(g.Key, g.Last().Name, g.Select(v => new DefinitionVersionRow(v.Version, v.Name, v.PublishedAt)).ToList()))
            .ToList();
    }

    /// <summary>The stored JSON of one version, as published (the catalog's canonical form).</summary>
    /// <exception cref="AdminNotFoundException">No such definition or version.</exception>
    public async Task<string> JsonAsync(string id, int version, CancellationToken ct = default)
    {
        await EnsureAllowedAsync(ct);
        var definition = await catalog.GetAsync(id, version, ct) ?? throw new AdminNotFoundException($"Không có quy trình '{id}' phiên bản {version}.");
        return DefinitionLoader.Serialize(definition);
    }

    /// <exception cref="DefinitionException">Every problem of the definition; nothing is stored.</exception>
    public async Task<PublishOutcome> PublishAsync(string json, CancellationToken ct = default)
    {
        await EnsureAllowedAsync(ct);
        return await catalog.PublishAsync(json, "definition", ct);
    }

    private async Task EnsureAllowedAsync(CancellationToken ct)
    {
        if (!await access.ManagesOrganisationWideAsync(ct))
            throw new AdminForbiddenException("Chỉ quản trị viên cấp cao nhất mới quản lý được quy trình.");
    }
}
