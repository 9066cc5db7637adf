using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
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

    /// <summary>A draft that came back ("Bị trả lại") and was not submitted again yet.</summary>
    public bool Returned { get; init; }
}

/// <summary>
/// The inbox's filters: a search in title, summaries, step and unit (case and diacritics ignored), the kind (definition id),
/// the unit, overdue tasks only. Empty values filter nothing.
/// </summary>
public sealed record InboxFilter(string? Q = null, string? Kind = null, string? Unit = null, bool OverdueOnly = false);

/// <summary>One page of the inbox, the number of tasks matching the filters, and the kinds and units among all the user's tasks.</summary>
public sealed record InboxPage(IReadOnlyList<InboxRow> Items, int Total, int Page, int PageSize, IReadOnlyList<FilterChoice> Kinds, IReadOnlyList<FilterChoice> Units)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>The signed-in user's open tasks (Core's inbox query, filtered and paged by the database) with names for display.</summary>
public sealed class InboxQuery(CoreInbox inbox, UserScope user, NameLookup names, DatabaseFactory database)
{
    /// <summary>Tasks per page unless the request asks otherwise (at most <see cref="PageRequest.MaxSize"/>).</summary>
    public const int DefaultPageSize = 100;

    public async Task<InboxPage> PageAsync(InboxFilter filter, PageRequest page, CancellationToken ct)
    {
        var facets = await inbox.FacetsAsync(user.UserId, ct);
        var kinds = new List<FilterChoice>();
        var stepKeys = new List<string>();
        foreach (var id in facets.DefinitionIds)
        {
            var definition = await names.DefinitionAsync(id, null, ct);
            kinds.Add(new FilterChoice(id, definition?.Name ?? id));
            // The term is matched against step names here (a definition has a dozen steps), the database matching their keys.
            if (filter.Q is { Length: > 0 } term)
                stepKeys.AddRange((definition?.Steps ?? []).Where(st => SearchText.Matches(term, st.Name ?? st.Id)).Select(st => $"{id}/{st.Id}"));
        }
        var units = new List<FilterChoice>();
        foreach (var id in facets.UnitIds) units.Add(new FilterChoice(id, await names.UnitNameAsync(id, ct)));
        var unitsNamed = filter.Q is { Length: > 0 } q ? units.Where(u => SearchText.Matches(q, u.Label)).Select(u => u.Value).ToList() : [];

        var found = await inbox.PageAsync(user.UserId, new InboxCriteria(filter.Kind, filter.Unit, filter.OverdueOnly, filter.Q, stepKeys, unitsNamed), page, ct);
        var items = found.Items;
        var takers = await names.UserNamesAsync(items.Select(i => i.ClaimedBy).OfType<string>().Where(by => by != user.UserId), ct);
        IReadOnlyDictionary<Guid, ReturnNote> returned;
        await using (var context = database.Create())
            returned = await ReturnNotes.ForAsync(context, items.Select(i => i.InstanceId).Distinct().ToList(), ct);
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
                Returned = step?.Kind == StepKinds.Drafting && returned.ContainsKey(item.InstanceId),
            });
        }
        return new InboxPage(rows, found.Total, found.PageNumber, found.PageSize, [.. kinds.OrderBy(c => c.Label)], [.. units.OrderBy(c => c.Label)]);
    }
}
