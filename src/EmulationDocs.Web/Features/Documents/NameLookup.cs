using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>
/// Turns ids into names for display: units, users, definitions and their steps. One instance per request, so each
/// definition version is read once however many rows mention it.
/// </summary>
public sealed class NameLookup(DatabaseFactory database, DefinitionCatalog catalog)
{
    private readonly Dictionary<(string, int), WorkflowDefinition?> _definitions = [];
    private Dictionary<string, string>? _units;

    public async Task<WorkflowDefinition?> DefinitionAsync(string id, int? version, CancellationToken ct)
    {
        var key = (id, version ?? 0);
        if (_definitions.TryGetValue(key, out var known)) return known;
        return _definitions[key] = version is { } v ? await catalog.GetAsync(id, v, ct) : await catalog.LatestAsync(id, ct);
    }

    public async Task<string> StepNameAsync(string definitionId, int? version, string stepId, CancellationToken ct) =>
        (await DefinitionAsync(definitionId, version, ct))?.Steps.FirstOrDefault(s => s.Id == stepId)?.Name ?? stepId;

    public async Task<string> UnitNameAsync(string? unitId, CancellationToken ct)
    {
        if (unitId is null) return "";
        if (_units is null)
        {
            await using var context = database.Create();
            _units = await context.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        }
        return _units.GetValueOrDefault(unitId, unitId);
    }

    public async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(IEnumerable<string> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        await using var context = database.Create();
        var names = await context.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
        names.TryAdd("system", "Hệ thống");
        return names;
    }
}
