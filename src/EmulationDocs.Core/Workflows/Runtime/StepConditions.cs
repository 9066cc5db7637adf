using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// A step's <c>when</c> for an instance at a unit: the engine skips a step whose condition fails, and queries asking what
/// comes next must skip it the same way.
/// </summary>
internal static class StepConditions
{
    public static async Task<bool> AppliesAsync(Assignments assignments, StepDefinition step, string instanceUnitId, CancellationToken ct)
    {
        if (step.When is null) return true;
        var unit = await assignments.UnitAsync(instanceUnitId, ct);
        if (step.When.Levels is { Count: > 0 } levels && !levels.Contains(unit.Level)) return false;
        if (step.When.UnitHasRole is { } role)
        {
            var target = step.Assignee is null ? unit : await assignments.ResolveAsync(instanceUnitId, step.Assignee.Unit, ct);
            return await assignments.HasHoldersAsync(target.Id, role, ct);
        }
        return true;
    }
}
