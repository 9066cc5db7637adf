using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// A council vote on the carried document's candidates: each member's ballots, and once every member has voted, the tally
/// (<see cref="CouncilTally"/>) that leaves the candidates who passed and writes the votes and attendance into the minutes.
/// </summary>
internal sealed class CouncilVote(
    EmulationDocsDbContext context, Assignments assignments, WorkflowInstance instance, InstanceData data, AwardRules awardRules, CancellationToken ct)
{
    /// <summary>One ballot per candidate; the member must vote on every candidate.</summary>
    public void RecordBallots(StepDefinition step, TaskCommand command)
    {
        var candidates = data.CandidateGroups().SelectMany(g => (g["members"] as JsonArray ?? []).OfType<JsonObject>().Select(m => (string)m["name"]!)).ToList();
        var votes = command.Votes ?? throw new ActionNotAllowedException("A vote needs one choice per candidate.", "Hãy biểu quyết cho từng người được đề nghị.");
        var missing = candidates.Where(c => !votes.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new ActionNotAllowedException($"No vote for: {string.Join(", ", missing)}.", $"Chưa biểu quyết cho: {string.Join(", ", missing)}.");
        foreach (var candidate in candidates)
        {
            context.Ballots.Add(new CouncilBallot
            {
                InstanceId = instance.Id, StepId = step.Id, UserId = command.UserId, Candidate = candidate, Agree = votes[candidate], Written = command.Written,
            });
        }
    }

    /// <summary>Counts every member's ballots against each title's threshold (all members of the council at <paramref name="councilUnitId"/>).</summary>
    public async Task TallyAsync(StepDefinition step, string councilUnitId)
    {
        var members = (await assignments.HoldersAsync(councilUnitId, step.Assignee!.Role, ct)).Count;
        // Earlier members' ballots come from the database, this member's are still only in the context.
        await context.Ballots.Where(b => b.InstanceId == instance.Id && b.StepId == step.Id).LoadAsync(ct);
        var ballots = context.Ballots.Local.Where(b => b.InstanceId == instance.Id && b.StepId == step.Id).ToList();
        var votes = CouncilTally.Count(data.CandidateGroups(), ballots, members, awardRules);
        // A title none of whose candidates passed leaves the list passed on.
        if (data.CarriedRole is { } carried && data.Root[carried]?["awardGroups"] is JsonArray all)
            foreach (var empty in all.OfType<JsonObject>().Where(g => g["members"] is JsonArray { Count: 0 }).ToList()) all.Remove(empty);
        var minutes = data.Document(step.Document ?? "minutes");
        minutes[EngineWrittenFields.Votes] = votes;
        var council = minutes[EngineWrittenFields.Council] as JsonObject ?? [];
        CouncilTally.RecordAttendance(council, ballots, members);
        minutes[EngineWrittenFields.Council] = council;
    }
}
