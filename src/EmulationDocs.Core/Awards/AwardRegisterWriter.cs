using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Search;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Awards;

/// <summary>
/// Writes the awardees of an award decision to the register when the decision is issued, in the issuing transition's
/// transaction: the decision and its register lines commit together or not at all.
/// </summary>
internal sealed class AwardRegisterWriter(EmulationDocsDbContext context, CancellationToken ct)
{
    /// <summary>The document type of a decision (Quyết định); only a decision listing awardees grants awards.</summary>
    public const string DecisionType = "QĐ";

    /// <summary>Adds one record per awardee of <paramref name="decision"/>; nothing for a document that is not an award decision.</summary>
    /// <param name="documentType">The issuing step's document type.</param>
    /// <param name="decision">The decision's data as issued (number, symbol and date already written by the registry).</param>
    public async Task RecordAsync(string? documentType, WorkflowInstance instance, DocumentVersion issued, JsonObject decision, DateTime now)
    {
        if (documentType != DecisionType || decision["awardGroups"] is not JsonArray groups) return;
        var date = DateOnly.ParseExact((string)decision["date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var year = Integer(decision["year"]) ?? date.Year;
        var issuingUnit = await context.Units.AsNoTracking().SingleAsync(u => u.Id == instance.UnitId, ct);
        var authority = Text(decision["decisionAuthority"]) ?? issuingUnit.Name;
        var units = await UnitNamesAsync(instance.UnitId);
        foreach (var group in groups.OfType<JsonObject>())
        {
            var title = Text(group["title"]) ?? "";
            var kind = Text(group["kind"]) == "collective" ? AwardeeKind.Collective : AwardeeKind.Individual;
            foreach (var member in (group["members"] as JsonArray ?? []).OfType<JsonObject>())
            {
                var name = Text(member["name"]) ?? "";
                var unitName = Text(member["unit"]) ?? "";
                context.Awards.Add(new AwardRecord
                {
                    Kind = kind, Name = name, Position = Text(member["position"]), UnitName = unitName,
                    UnitId = UnitOf(units, kind == AwardeeKind.Collective ? name : null, unitName) ?? instance.OriginUnitId,
                    Title = title, Year = year, DecisionNumber = issued.Reference!, DecisionDate = date, IssuingAuthority = authority,
                    IssuingUnitId = instance.UnitId, InstanceId = instance.Id, DocumentVersion = issued,
                    SearchText = AwardSearchText.Of(name, unitName), CreatedAt = now,
                });
            }
        }
    }

    /// <summary>The units a decision of <paramref name="issuingUnitId"/> can name (its subtree), by folded name and alias.</summary>
    private async Task<Dictionary<string, string>> UnitNamesAsync(string issuingUnitId)
    {
        var subtree = await new UnitDirectory(context).SubtreesAsync([issuingUnitId], ct);
        var units = await context.Units.AsNoTracking().Where(u => subtree.Contains(u.Id)).ToListAsync(ct);
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in units)
        {
            foreach (var name in unit.AliasList.Prepend(unit.Name)) byName.TryAdd(SearchFolding.Fold(name), unit.Id);
        }
        return byName;
    }

    /// <summary>A collective that is itself a unit belongs to it; otherwise the awardee belongs to the unit its line names.</summary>
    private static string? UnitOf(Dictionary<string, string> units, string? collectiveName, string unitName) =>
        (collectiveName is not null ? units.GetValueOrDefault(SearchFolding.Fold(collectiveName)) : null)
        ?? units.GetValueOrDefault(SearchFolding.Fold(unitName));

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static int? Integer(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number) ? number : null;
}
