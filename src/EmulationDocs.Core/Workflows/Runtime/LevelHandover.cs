using System.Text.Json.Nodes;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Hands an instance from one level of the organisation to another: forwarding it up with the documents the next level
/// starts from, and giving a level its own documents back when the instance returns down to it.
/// </summary>
internal sealed class LevelHandover(Assignments assignments, WorkflowDefinition definition, WorkflowInstance instance, InstanceData data, CancellationToken ct)
{
    /// <summary>Where the data each level had when it forwarded the instance is kept, so a return to that level restores it.</summary>
    private const string LevelsKey = "$levels";

    /// <summary>
    /// The next level takes over with its own documents: the carried document keeps its content and only the
    /// candidates the council passed, with the new unit's header and no number, symbol, date, signature or
    /// governing body of the level below; the level below's other documents (minutes, decision) stay with it (frozen in
    /// its versions) and the new level writes its own. The leaving level's data is kept for a later return.
    /// </summary>
    /// <returns>The unit the instance now is at.</returns>
    public async Task<OrgUnit> ForwardAsync(StepDefinition step)
    {
        var from = instance.UnitId;
        var target = await assignments.ResolveAsync(instance.UnitId, step.To ?? "parent", ct);
        SaveLevel(from);
        instance.UnitId = target.Id;
        var carried = data.CarriedRole;
        foreach (var role in definition.Documents.Keys)
        {
            if (data.Root[role] is not JsonObject document) continue;
            if (role != carried)
            {
                data.Root.Remove(role);
                continue;
            }
            foreach (var field in InstanceData.IssuedFields.Append("symbol").Append("governingBody")) document.Remove(field);
            document["issuingBody"] = target.HeaderName;
            document["place"] = target.Place;
        }
        return target;
    }

    /// <summary>
    /// A return down to a level that forwarded the instance gives that level back its own documents as they were when it
    /// forwarded them (its header, its candidate list), unsigned and unnumbered for the new round.
    /// </summary>
    public void RestoreLevel(string unitId)
    {
        if (data.Root[LevelsKey] is not JsonObject levels || levels[unitId] is not JsonObject snapshot) return;
        foreach (var role in definition.Documents.Keys)
        {
            if (snapshot[role] is JsonObject document)
            {
                var restored = document.DeepClone().AsObject();
                foreach (var field in InstanceData.IssuedFields) restored.Remove(field);
                data.Root[role] = restored;
            }
            else data.Root.Remove(role);
        }
    }

    private void SaveLevel(string unitId)
    {
        var levels = data.Root[LevelsKey] as JsonObject ?? [];
        var snapshot = new JsonObject();
        foreach (var role in definition.Documents.Keys)
            if (data.Root[role] is JsonObject document) snapshot[role] = document.DeepClone();
        levels[unitId] = snapshot;
        data.Root[LevelsKey] = levels;
    }
}
