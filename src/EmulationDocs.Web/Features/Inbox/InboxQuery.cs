using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Web.Features.Account;
using EmulationDocs.Web.Features.Documents;
using CoreInbox = EmulationDocs.Core.Workflows.Runtime.Inbox;

namespace EmulationDocs.Web.Features.Inbox;

/// <summary>One line of "Việc cần xử lý"; <see cref="IsDraft"/>: a document still being written at a drafting step.</summary>
public sealed record InboxRow(
    Guid TaskId, long TaskRevision, Guid InstanceId, string Title, string DefinitionId, string StepId, string StepName,
    string? UnitId, string UnitName, DateTime CreatedAt, DateTime? DueAt, bool Overdue, bool IsDraft);

/// <summary>The signed-in user's open tasks (Core's inbox query) with names for display and an optional text filter.</summary>
public sealed class InboxQuery(CoreInbox inbox, UserScope user, NameLookup names)
{
    public async Task<IReadOnlyList<InboxRow>> ForCurrentUserAsync(string? filter, CancellationToken ct)
    {
        var rows = new List<InboxRow>();
        foreach (var item in await inbox.ForUserAsync(user.UserId, ct: ct))
        {
            // The inbox item does not carry the definition version; the latest names its steps the same way in practice.
            var stepName = await names.StepNameAsync(item.DefinitionId, null, item.StepId, ct);
            var step = (await names.DefinitionAsync(item.DefinitionId, null, ct))?.Steps.FirstOrDefault(s => s.Id == item.StepId);
            rows.Add(new InboxRow(item.TaskId, item.TaskRevision, item.InstanceId, item.Title, item.DefinitionId, item.StepId, stepName,
                item.UnitId, await names.UnitNameAsync(item.UnitId, ct), item.CreatedAt, item.DueAt, item.Overdue, step?.Kind == StepKinds.Drafting));
        }
        if (string.IsNullOrWhiteSpace(filter)) return rows;
        var term = filter.Trim();
        return rows.Where(r => new[] { r.Title, r.StepName, r.UnitName }.Any(text => text.Contains(term, StringComparison.CurrentCultureIgnoreCase))).ToList();
    }
}
