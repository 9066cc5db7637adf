using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;

namespace EmulationDocs.Core.Workflows.Deadlines;

/// <summary>
/// Who an overdue task goes to: the step's <c>escalateTo</c>; else the chairman of the task's unit for the
/// leadership's own tasks (head, vice-chairman, council chair, chairman) and the head for everyone else's
/// (clerks, deputies, registry, council members). A chairman's overdue task thus escalates to the chairman, which
/// the processor turns into a notification only: there is nobody above within the unit.
/// </summary>
internal static class EscalationTarget
{
    private static readonly HashSet<string> Leadership = [Roles.Head, Roles.ViceChairman, Roles.CouncilChair, Roles.Chairman];

    public static AssigneeRule For(StepDefinition step, WorkflowTask task) =>
        step.EscalateTo
        ?? (task.Role is { } role && Leadership.Contains(role) ? new AssigneeRule(Roles.Chairman) : new AssigneeRule(Roles.Head));
}
