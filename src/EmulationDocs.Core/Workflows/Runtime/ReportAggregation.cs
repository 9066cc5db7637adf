using System.Text.Json.Nodes;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// A consolidated report's figures: the sum, row by row (label and unit of measure), of the
/// latest report each unit below issued for the same year. Bottom-up reports are separate
/// instances (one per commune); the level above reads their issued data.
/// </summary>
internal static class ReportAggregation
{
    public sealed record Result(JsonArray Figures, IReadOnlyList<string> Sources);

    public static async Task<Result> SumAsync(EmulationDocsDbContext context, WorkflowInstance consolidating, string role, string? sourceLevel, int year, CancellationToken ct)
    {
        var units = await context.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, ct);
        var level = sourceLevel ?? await LevelBelowAsync(context, units[consolidating.UnitId].Level, ct);
        var sources = units.Values.Where(u => u.Level == level && IsBelow(u, consolidating.UnitId, units)).Select(u => u.Id).ToHashSet();

        var issued = await context.Instances.AsNoTracking()
            .Where(i => i.DefinitionId == consolidating.DefinitionId && i.Status == InstanceStatus.Completed && i.Id != consolidating.Id && sources.Contains(i.OriginUnitId))
            .OrderBy(i => i.UpdatedAt).ToListAsync(ct);
        var latestPerUnit = issued
            .Select(i => (Instance: i, Data: JsonNode.Parse(i.DataJson)?[role] as JsonObject))
            .Where(x => x.Data is not null && (int?)x.Data["year"] == year)
            .GroupBy(x => x.Instance.OriginUnitId).Select(g => g.Last()).ToList();

        var rows = new List<(string Label, string Unit, decimal Value)>();
        foreach (var (_, data) in latestPerUnit)
        {
            foreach (var figure in (data!["figures"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var label = (string?)figure["label"] ?? "";
                var unit = (string?)figure["unit"] ?? "";
                var value = (decimal?)figure["value"] ?? 0;
                var index = rows.FindIndex(r => r.Label == label && r.Unit == unit);
                if (index < 0) rows.Add((label, unit, value));
                else rows[index] = rows[index] with { Value = rows[index].Value + value };
            }
        }
        var figures = new JsonArray(rows.Select(r => (JsonNode)new JsonObject { ["label"] = r.Label, ["value"] = r.Value, ["unit"] = r.Unit }).ToArray());
        var described = latestPerUnit.Select(x => $"{units[x.Instance.OriginUnitId].Name}: {(string?)x.Data!["number"]}/{(string?)x.Data["symbol"]}").ToList();
        return new Result(figures, described);
    }

    private static async Task<string?> LevelBelowAsync(EmulationDocsDbContext context, string level, CancellationToken ct)
    {
        var levels = await new UnitDirectory(context).LevelsAsync(ct);
        var index = levels.ToList().FindIndex(l => l.Name == level);
        return index >= 0 && index + 1 < levels.Count ? levels[index + 1].Name : null;
    }

    private static bool IsBelow(OrgUnit unit, string ancestorId, IReadOnlyDictionary<string, OrgUnit> units)
    {
        for (var parent = unit.ParentId; parent is not null; parent = units.TryGetValue(parent, out var next) ? next.ParentId : null)
        {
            if (parent == ancestorId) return true;
        }
        return false;
    }
}
