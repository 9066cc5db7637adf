using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Web.Features.Account;
using EmulationDocs.Web.Features.Documents;
using CoreInbox = EmulationDocs.Core.Workflows.Runtime.Inbox;

namespace EmulationDocs.Web.Features.Inbox;

/// <summary>One line of "Việc cần xử lý"; <see cref="IsDraft"/>: a document still being written at a drafting step.</summary>
public sealed record InboxRow(
    Guid TaskId, long TaskRevision, Guid InstanceId, string Title, string DefinitionId, string DefinitionName, string StepId, string StepName,
    string? UnitId, string UnitName, DateTime CreatedAt, DateTime? DueAt, bool Overdue, bool IsDraft)
{
    /// <summary>The colleague who took this role task ("Nhận xử lý"), by name; null when nobody has or the taker is the user.</summary>
    public string? TakenBy { get; init; }
}

/// <summary>
/// The inbox's filters: a search in title, step and unit (case and diacritics ignored), the kind (definition id), the unit,
/// overdue tasks only. Empty values filter nothing.
/// </summary>
public sealed record InboxFilter(string? Q = null, string? Kind = null, string? Unit = null, bool OverdueOnly = false)
{
    public IReadOnlyList<InboxRow> Apply(IEnumerable<InboxRow> rows) => rows
        .Where(r => Kind is not { Length: > 0 } kind || r.DefinitionId == kind)
        .Where(r => Unit is not { Length: > 0 } unit || r.UnitId == unit)
        .Where(r => !OverdueOnly || r.Overdue)
        .Where(r => Q is not { Length: > 0 } term || SearchText.Matches(term, r.Title, r.StepName, r.UnitName))
        .ToList();
}

/// <summary>The signed-in user's open tasks (Core's inbox query) with names for display.</summary>
public sealed class InboxQuery(CoreInbox inbox, UserScope user, NameLookup names)
{
    public async Task<IReadOnlyList<InboxRow>> ForCurrentUserAsync(CancellationToken ct)
    {
        var items = await inbox.ForUserAsync(user.UserId, ct: ct);
        var takers = await names.UserNamesAsync(items.Select(i => i.ClaimedBy).OfType<string>().Where(by => by != user.UserId), ct);
        var rows = new List<InboxRow>();
        foreach (var item in items)
        {
            // The inbox item does not carry the definition version; the latest names its steps the same way in practice.
            var stepName = await names.StepNameAsync(item.DefinitionId, null, item.StepId, ct);
            var definition = await names.DefinitionAsync(item.DefinitionId, null, ct);
            var step = definition?.Steps.FirstOrDefault(s => s.Id == item.StepId);
            rows.Add(new InboxRow(item.TaskId, item.TaskRevision, item.InstanceId, item.Title, item.DefinitionId, definition?.Name ?? item.DefinitionId, item.StepId, stepName,
                item.UnitId, await names.UnitNameAsync(item.UnitId, ct), item.CreatedAt, item.DueAt, item.Overdue, step?.Kind == StepKinds.Drafting)
            {
                TakenBy = item.ClaimedBy is { } by && by != user.UserId ? takers.GetValueOrDefault(by, by) : null,
            });
        }
        return rows;
    }
}
