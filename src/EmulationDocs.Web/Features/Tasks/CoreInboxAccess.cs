using EmulationDocs.Web.Features.Account;
using CoreInbox = EmulationDocs.Core.Workflows.Runtime.Inbox;

namespace EmulationDocs.Web.Features.Tasks;

/// <summary>Whether an open task is the signed-in user's to act on: the same rule as their inbox (roles, delegations, personal tasks).</summary>
public sealed class CoreInboxAccess(CoreInbox inbox, UserScope user)
{
    private IReadOnlySet<Guid>? _assigned;

    public async Task<bool> IsAssignedAsync(Guid taskId, CancellationToken ct)
    {
        _assigned ??= (await inbox.ForUserAsync(user.UserId, limit: 10_000, ct: ct)).Select(i => i.TaskId).ToHashSet();
        return _assigned.Contains(taskId);
    }
}
