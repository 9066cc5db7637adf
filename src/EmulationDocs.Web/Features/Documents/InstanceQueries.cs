using EmulationDocs.Core.Paging;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Documents.Kinds;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Account;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Documents;

public sealed record InstanceRow(Guid Id, string Title, string DefinitionName, string Status, string StatusLabel, string StepName, string UnitName, DateTime UpdatedAt);

/// <summary>The documents list's filters; empty values filter nothing.</summary>
public sealed record DocumentFilter(string? Q = null, string? Kind = null, int? Year = null, string? Unit = null);

public sealed record FilterChoice(string Value, string Label);

/// <summary>
/// One page of the documents list (<see cref="Total"/> documents match the filters over <see cref="PageCount"/> pages) and the
/// choices its filters offer (kinds, years and units the user has documents of).
/// </summary>
public sealed record DocumentList(
    IReadOnlyList<InstanceRow> Items, int Total, int Page, int PageSize, IReadOnlyList<FilterChoice> Kinds, IReadOnlyList<int> Years,
    IReadOnlyList<FilterChoice> Units)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

public sealed record HistoryRow(DateTime At, string UserId, string UserName, string StepName, string Action, string ActionLabel, string? Comment);

/// <summary>
/// A stored document version; <see cref="Version"/> counts per document role and unit. <see cref="DocumentName"/> is the
/// kind of document in Vietnamese ("Tờ trình", "Biên bản"), from the template's contract. <see cref="PreviewUrl"/> shows it as PDF.
/// </summary>
public sealed record VersionRow(int Version, string Role, string UnitId, string UnitName, string Template, string DocumentName, bool Frozen, string? Reference, string Hash, DateTime CreatedAt, string DownloadUrl, string PreviewUrl);

public sealed record OpenTaskRow(Guid TaskId, string StepId, string? Role, string? UnitId, string? UserId, DateTime? DueAt);

public sealed record InstanceDetails(
    Guid Id, string Title, string DefinitionId, int DefinitionVersion, string DefinitionName, string Status, string StatusLabel,
    string StepId, string StepName, string UnitId, string UnitName, DateTime CreatedAt, DateTime UpdatedAt,
    IReadOnlyList<OpenTaskRow> OpenTasks, IReadOnlyList<HistoryRow> History, IReadOnlyList<VersionRow> Versions);

/// <summary>Read side of documents: the list, one instance with its history and versions, a version's bytes. All scoped to the user.</summary>
public sealed class InstanceQueries(
    DatabaseFactory database, UserScope user, NameLookup names, ContractCatalog contracts, InstanceList list, HistoryComments comments)
{
    /// <summary>Documents per page unless the request asks otherwise (at most <see cref="PageRequest.MaxSize"/>).</summary>
    public const int DefaultPageSize = 50;

    /// <summary>
    /// The user's documents, newest first, narrowed by kind (the chain: chỉ thị, kế hoạch, đề nghị khen thưởng…), year of
    /// creation, unit (where the document is or where it started) and a search in titles and summaries (trích yếu); the
    /// database filters, orders (last change, then id, so pages never overlap) and pages.
    /// </summary>
    public async Task<DocumentList> ListAsync(DocumentFilter filter, PageRequest page, CancellationToken ct)
    {
        var found = await list.PageAsync(user.UserId, new InstanceCriteria(filter.Q, filter.Kind, filter.Year, filter.Unit), page, ct);
        var rows = new List<InstanceRow>();
        foreach (var i in found.Items)
        {
            var definition = await names.DefinitionAsync(i.DefinitionId, i.DefinitionVersion, ct);
            rows.Add(new InstanceRow(i.Id, i.Title, definition?.Name ?? i.DefinitionId, i.Status.ToString(), WorkflowLabels.Status(i.Status),
                await names.StepNameAsync(i.DefinitionId, i.DefinitionVersion, i.StepId, ct), await names.UnitNameAsync(i.UnitId, ct), i.UpdatedAt));
        }

        var facets = await list.FacetsAsync(user.UserId, ct);
        var kinds = new List<FilterChoice>();
        foreach (var id in facets.DefinitionIds)
            kinds.Add(new FilterChoice(id, (await names.DefinitionAsync(id, null, ct))?.Name ?? id));
        var units = new List<FilterChoice>();
        foreach (var id in facets.UnitIds)
            units.Add(new FilterChoice(id, await names.UnitNameAsync(id, ct)));
        return new DocumentList(rows, found.Total, found.PageNumber, found.PageSize, [.. kinds.OrderBy(k => k.Label)], facets.Years, [.. units.OrderBy(u => u.Label)]);
    }

    /// <summary>The instance with its history and versions; null when it does not exist or is not the user's to see.</summary>
    public async Task<InstanceDetails?> DetailsAsync(Guid id, CancellationToken ct)
    {
        await using var context = database.Create();
        if (await user.VisibleInstanceAsync(context, id, ct) is not { } instance) return null;
        var history = await context.History.AsNoTracking().Where(h => h.InstanceId == id).OrderBy(h => h.Id).ToListAsync(ct);
        var versions = await context.DocumentVersions.AsNoTracking().Where(d => d.InstanceId == id).OrderBy(d => d.Id)
            .Select(d => new { d.Version, d.Role, d.UnitId, d.Template, d.Frozen, d.Reference, d.Hash, d.CreatedAt }).ToListAsync(ct);
        var tasks = await context.Tasks.AsNoTracking().Where(t => t.InstanceId == id && t.State == TaskState.Open).OrderBy(t => t.CreatedAt)
            .Select(t => new OpenTaskRow(t.Id, t.StepId, t.Role, t.UnitId, t.UserId, t.DueAt)).ToListAsync(ct);
        var users = await names.UserNamesAsync(history.Select(h => h.UserId), ct);
        var historyRows = new List<HistoryRow>();
        foreach (var h in history)
            historyRows.Add(new HistoryRow(h.At, h.UserId, users.GetValueOrDefault(h.UserId, h.UserId),
                await names.StepNameAsync(instance.DefinitionId, instance.DefinitionVersion, h.StepId, ct), h.Action, WorkflowLabels.Action(h.Action),
                await comments.TextAsync(h.Action, h.Comment, ct)));
        var definition = await names.DefinitionAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var versionRows = new List<VersionRow>();
        foreach (var v in versions)
            versionRows.Add(new VersionRow(v.Version, v.Role, v.UnitId, await names.UnitNameAsync(v.UnitId, ct), v.Template, DocumentName(v.Template), v.Frozen,
                v.Reference, v.Hash, v.CreatedAt, DownloadUrl(id, v.Version, v.Role, v.UnitId), Previews.PdfPreviewService.Url(id, v.Version, v.Role, v.UnitId)));
        return new InstanceDetails(instance.Id, instance.Title, instance.DefinitionId, instance.DefinitionVersion, definition?.Name ?? instance.DefinitionId,
            instance.Status.ToString(), WorkflowLabels.Status(instance.Status), instance.StepId,
            await names.StepNameAsync(instance.DefinitionId, instance.DefinitionVersion, instance.StepId, ct),
            instance.UnitId, await names.UnitNameAsync(instance.UnitId, ct), instance.CreatedAt, instance.UpdatedAt, tasks, historyRows,
            versionRows);
    }

    /// <summary>
    /// A version's .docx. Version numbers count per document role and unit, so role and unit narrow the choice when an
    /// instance has several documents; without them the latest document with that number is meant.
    /// </summary>
    public async Task<(string FileName, byte[] Content)?> DocxAsync(Guid id, int version, string? role, string? unit, CancellationToken ct)
    {
        await using var context = database.Create();
        if (await user.VisibleInstanceAsync(context, id, ct) is null) return null;
        var document = await context.DocumentVersions.AsNoTracking()
            .Where(d => d.InstanceId == id && d.Version == version && (role == null || d.Role == role) && (unit == null || d.UnitId == unit))
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (document is null) return null;
        return (DownloadName.Of(DocumentName(document.Template), document.Version, document.Reference), document.Content);
    }

    private string DocumentName(string template) =>
        contracts.For(template)?.Kind is { Length: > 0 } code && DocumentKindCatalog.Find(code) is { } kind ? kind.Name : "Văn bản";

    public static string DownloadUrl(Guid id, int version, string role, string unit) =>
        $"/api/instances/{id}/versions/{version}/docx?role={Uri.EscapeDataString(role)}&unit={Uri.EscapeDataString(unit)}";
}
