using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// The documents whose data the approver of a review step writes, because a later step of the same level renders them and
/// nobody at that level drafts them: the level's own document when it arrived from the level below (the receiving level's
/// Tờ trình, signed and issued later at this level), and the minutes of the council vote that follows when the vote applies
/// to the instance's unit (its <c>when</c>, as the engine decides). A level's part of a chain ends at its forwarding steps.
/// </summary>
public sealed class PreparedDocuments(DatabaseFactory database)
{
    /// <summary>The document roles step <paramref name="stepId"/> prepares for an instance at <paramref name="instanceUnitId"/>; empty unless a review.</summary>
    public async Task<IReadOnlyList<string>> ForStepAsync(WorkflowDefinition definition, string stepId, string instanceUnitId, CancellationToken ct = default)
    {
        await using var context = database.Create();
        return await ForStepAsync(new Assignments(context), definition, stepId, instanceUnitId, ct);
    }

    /// <summary>The same rule inside the engine's transition, on its context.</summary>
    internal static async Task<IReadOnlyList<string>> ForStepAsync(
        Assignments assignments, WorkflowDefinition definition, string stepId, string instanceUnitId, CancellationToken ct)
    {
        var step = definition.Step(stepId);
        if (step.Kind != StepKinds.Review) return [];
        var roles = new List<string>();
        if (step.Document is { } own && IsReceivedAndIssuedHere(definition, step, own)) roles.Add(own);
        if (await CouncilVoteAfterAsync(assignments, definition, step, instanceUnitId, ct) is { Document: { } minutes } && !roles.Contains(minutes))
            roles.Add(minutes);
        return roles;
    }

    /// <summary>A signing or issuing step of this level renders the document later, and no drafting step of this level wrote it.</summary>
    private static bool IsReceivedAndIssuedHere(WorkflowDefinition definition, StepDefinition review, string role)
    {
        var graph = new StepGraph(definition.Steps);
        var levelEnds = definition.Steps.Where(s => s.Kind == StepKinds.Forwarding).Select(s => s.Id).ToHashSet();
        var issuedLater = graph.ReachableFrom(review.Id, levelEnds)
            .Select(definition.Step).Any(s => s.Id != review.Id && s.Document == role && s.Kind is StepKinds.Signing or StepKinds.Issuing);
        var draftedHere = definition.Steps
            .Any(s => s.Kind == StepKinds.Drafting && s.Document == role && graph.ReachableFrom(s.Id, levelEnds).Contains(review.Id));
        return issuedLater && !draftedHere;
    }

    /// <summary>The council vote the instance enters right after the review, steps that do not apply to its unit skipped.</summary>
    private static async Task<StepDefinition?> CouncilVoteAfterAsync(
        Assignments assignments, WorkflowDefinition definition, StepDefinition review, string instanceUnitId, CancellationToken ct)
    {
        var seen = new HashSet<string>();
        for (var next = review.Next; next is not null && seen.Add(next);)
        {
            var step = definition.Step(next);
            if (await StepConditions.AppliesAsync(assignments, step, instanceUnitId, ct)) return step.Kind == StepKinds.CouncilVote ? step : null;
            next = step.Next;
        }
        return null;
    }
}
