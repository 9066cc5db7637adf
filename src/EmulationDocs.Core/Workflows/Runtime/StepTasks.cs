using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// The tasks of an instance's human steps: opened when the instance enters a step (with their deadline timers), completed
/// by the action on them, cancelled when another task of the instance completes the step.
/// </summary>
internal sealed class StepTasks(
    EmulationDocsDbContext context, Assignments assignments, WorkflowInstance instance, Transition transition, CancellationToken ct)
{
    /// <summary>The tasks opened in this transition, for the command's result.</summary>
    public List<CreatedTask> Created { get; } = [];

    /// <summary>One task for the step's role at its unit; for a council vote, one task per council member.</summary>
    public async Task OpenAsync(StepDefinition step)
    {
        var rule = step.Assignee ?? throw new InvalidOperationException($"Human step '{step.Id}' has no assignee.");
        var unit = await assignments.ResolveAsync(instance.UnitId, rule.Unit, ct);
        DateTime? due = step.Due is null ? null : transition.Now + System.Xml.XmlConvert.ToTimeSpan(step.Due);
        if (step.Kind == StepKinds.CouncilVote)
        {
            // A council meeting again (the dossier came back for revision) votes afresh: earlier rounds' ballots stay in history only.
            var earlier = await context.Ballots.Where(b => b.InstanceId == instance.Id && b.StepId == step.Id).ToListAsync(ct);
            context.Ballots.RemoveRange(earlier);
            foreach (var member in await assignments.HoldersAsync(unit.Id, rule.Role, ct))
                Add(step, null, unit.Id, member, due);
            return;
        }
        Add(step, rule.Role, unit.Id, null, due);
    }

    public async Task CompleteAsync(WorkflowTask task, string userId, string outcome)
    {
        task.State = TaskState.Completed;
        task.CompletedAt = transition.Now;
        task.CompletedBy = userId;
        task.Outcome = outcome;
        task.Revision++;
        await DeadlineTimers.CloseAsync(context, [task.Id], transition.Now, ct);
    }

    /// <summary>Cancels the instance's other open tasks: the step they were for is done.</summary>
    public async Task CancelOthersAsync(Guid except)
    {
        var open = await context.Tasks.Where(t => t.InstanceId == instance.Id && t.State == TaskState.Open && t.Id != except).ToListAsync(ct);
        foreach (var other in open)
        {
            other.State = TaskState.Cancelled;
            other.Revision++;
        }
        await DeadlineTimers.CloseAsync(context, open.ConvertAll(t => t.Id), transition.Now, ct);
    }

    /// <summary>Whether tasks of the step other than <paramref name="task"/> are still open (council members yet to vote).</summary>
    public async Task<bool> OthersOpenAsync(WorkflowTask task) =>
        await context.Tasks.CountAsync(t => t.InstanceId == instance.Id && t.StepId == task.StepId && t.State == TaskState.Open && t.Id != task.Id, ct) > 0;

    private void Add(StepDefinition step, string? role, string unitId, string? userId, DateTime? due)
    {
        var task = new WorkflowTask
        {
            Id = Guid.NewGuid(), InstanceId = instance.Id, StepId = step.Id, StepKind = step.Kind, Role = role, UnitId = unitId, UserId = userId,
            State = TaskState.Open, CreatedAt = transition.Now, DueAt = due,
        };
        context.Tasks.Add(task);
        DeadlineTimers.Schedule(context, task, step);
        Created.Add(new CreatedTask(task.Id, step.Id, role, unitId, userId));
    }
}
