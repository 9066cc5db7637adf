using System.Globalization;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Decides, at an authority step, which of the proposed titles the instance's level may grant (<c>award-rules.json</c>)
/// and prepares the decision of the level that grants them; a proposal mixing both kinds is split off into a sibling.
/// </summary>
internal sealed class AuthorityRouting(
    EmulationDocsDbContext context, Assignments assignments, WorkflowInstance instance, InstanceData data,
    Transition transition, AwardRules awardRules, CancellationToken ct)
{
    /// <summary>
    /// Splits the proposal's groups into those this level may grant (the first level of the title's
    /// <c>grantedAt</c> that the organisation has is at or below this unit's level; a title no level
    /// of the organisation grants only at the top) and those that need a level above.
    /// </summary>
    public async Task<(List<JsonObject> Covered, List<JsonObject> Beyond)> SplitByAuthorityAsync()
    {
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var ranks = await context.Levels.ToDictionaryAsync(l => l.Name, l => l.Rank, ct);
        var used = (await context.Units.Select(u => u.Level).Distinct().ToListAsync(ct)).ToHashSet();
        var here = ranks.GetValueOrDefault(unit.Level);
        bool Covers(string title)
        {
            var grantingLevel = awardRules.Find(title)?.GrantedAt.FirstOrDefault(used.Contains);
            if (grantingLevel is null) return unit.ParentId is null;
            if (grantingLevel == unit.Level) return true;
            // Without ranks (an organisation imported without its level list) only the granting level itself is covered.
            return ranks.TryGetValue(grantingLevel, out var granting) && ranks.ContainsKey(unit.Level) && granting >= here;
        }
        var groups = data.CandidateGroups().ToList();
        return (groups.Where(g => Covers((string?)g["title"] ?? "")).ToList(), groups.Where(g => !Covers((string?)g["title"] ?? "")).ToList());
    }

    /// <summary>
    /// The decision grants what the council passed: its list, year and header are assembled from the approved submission
    /// when the decision is drafted; the clerk's submit adds legal bases, body and recipients.
    /// </summary>
    public async Task PrepareDecisionAsync(StepDefinition drafting)
    {
        if (drafting.Document is not { } role || role == data.CarriedRole || data.CarriedRole is not { } carried) return;
        if (data.Root[carried] is not JsonObject submission) return;
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var decision = data.Document(role);
        foreach (var field in InstanceData.IssuedFields.Append("symbol")) decision.Remove(field);
        decision["issuingBody"] = unit.HeaderName;
        decision["place"] = unit.Place;
        if (submission["year"] is { } year) decision["year"] = year.DeepClone();
        decision["awardGroups"] = submission["awardGroups"]?.DeepClone();
        decision["decisionAuthority"] ??= DecisionAuthority(unit);
    }

    /// <summary>
    /// A proposal mixing titles of this level with titles of a level above splits: a sibling
    /// instance at this level, added here, decides the titles it may grant (its own Quyết định),
    /// while this instance keeps only the others to carry up.
    /// </summary>
    /// <returns>The sibling, at the authority step's <c>covered</c> step, and the history comment naming what it decides.</returns>
    public async Task<(WorkflowInstance Sibling, string Comment)> SplitOffAsync(StepDefinition authority, List<JsonObject> covered, List<JsonObject> beyond)
    {
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var carried = data.CarriedRole!;
        var siblingData = data.Root.DeepClone().AsObject();
        siblingData[carried]!["awardGroups"] = new JsonArray(covered.Select(g => g.DeepClone()).ToArray());
        data.Root[carried]!["awardGroups"] = new JsonArray(beyond.Select(g => g.DeepClone()).ToArray());
        var sibling = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = instance.DefinitionId, DefinitionVersion = instance.DefinitionVersion, UnitId = instance.UnitId,
            OriginUnitId = instance.OriginUnitId, InitiatorId = instance.InitiatorId, StepId = authority.Covered!, Status = InstanceStatus.Running,
            Title = $"{instance.Title} (thuộc thẩm quyền {unit.Name})", DataJson = siblingData.ToJsonString(), CreatedAt = transition.Now, UpdatedAt = transition.Now,
        };
        context.Instances.Add(sibling);
        var titles = string.Join(", ", covered.Select(g => (string?)g["title"]).Distinct());
        return (sibling, $"Quyết định tại {unit.Name}: {titles}");
    }

    /// <summary>"CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH" for a People's Committee, "THỦ TRƯỞNG …" otherwise.</summary>
    private static string DecisionAuthority(OrgUnit unit)
    {
        var name = unit.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
        return name.StartsWith("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) ? $"CHỦ TỊCH {name}" : $"THỦ TRƯỞNG {name}";
    }
}
