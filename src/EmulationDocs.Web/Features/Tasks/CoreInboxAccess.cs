using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;

namespace EmulationDocs.Web.Features.Tasks;

/// <summary>
/// Whether an open task is the signed-in user's to act on, by the inbox's rule: personal to them, or for a role they hold
/// (directly or by a delegation valid now) at the task's unit and not taken by a colleague ("Nhận xử lý"). Checked on the
/// one task rather than by loading the inbox.
/// </summary>
public sealed class CoreInboxAccess(UserScope user)
{
    public string UserId => user.UserId;

    public async Task<bool> IsAssignedAsync(WorkflowTask task, CancellationToken ct)
    {
        if (task.State != TaskState.Open) return false;
        if (task.UserId is not null) return task.UserId == user.UserId;
        return (task.ClaimedBy is null || task.ClaimedBy == user.UserId) && await HoldsRoleAsync(task, ct);
    }

    /// <summary>The user holds the role task's role at its unit, whoever took it: they may take it once it is given back.</summary>
    public async Task<bool> HoldsRoleAsync(WorkflowTask task, CancellationToken ct)
    {
        if (task.State != TaskState.Open || task.UserId is not null || task.Role is null) return false;
        return (await user.RolesAsync(ct)).Any(r => r.Role == task.Role && r.UnitId == task.UnitId);
    }
}
