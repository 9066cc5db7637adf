using EmulationDocs.Core.Access;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;

namespace EmulationDocs.Web.Features.Tasks;

/// <summary>The signed-in user's access to one task, by Core's rule (<see cref="DocumentAccess.ForTask"/>), checked on the one task.</summary>
public sealed class CoreInboxAccess(UserScope user)
{
    public string UserId => user.UserId;

    public async Task<TaskAccess> ForTaskAsync(WorkflowTask task, CancellationToken ct) => DocumentAccess.ForTask(task, await user.SubjectAsync(ct));
}
