using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Access;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Templating.Contracts;
using EmulationDocs.Web.Features.Account;
using Microsoft.EntityFrameworkCore;
using EmulationDocs.Core.Calendar;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>A chain the user may start, at one of the units where they hold its first step's role.</summary>
public sealed record StartOption(string DefinitionId, string Name, string UnitId, string UnitName);

/// <summary>What the "Tạo văn bản mới" form needs: the chain, the start document's role and form, prefilled values.</summary>
public sealed record StartForm(StartOption Option, string DocumentRole, DocumentForm Document, JsonObject Values)
{
    public DataContract Contract => Document.Contract;
}

/// <summary>Starting a document: which chains the user may start where, the form of the start document, and the start itself.</summary>
public sealed class StartDocumentService(
    DefinitionCatalog catalog, DatabaseFactory database, UserScope user, ContractCatalog contracts, DocumentForms forms, WorkflowEngine engine,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<StartOption>> OptionsAsync(CancellationToken ct)
    {
        var subject = await user.SubjectAsync(ct);
        await using var context = database.Create();
        var units = await context.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var options = new List<StartOption>();
        foreach (var published in (await catalog.ListAsync(ct)).GroupBy(v => v.Id).Select(g => g.MaxBy(v => v.Version)!))
        {
            var definition = await catalog.GetAsync(published.Id, published.Version, ct);
            if (definition is null) continue;
            var startRole = definition.Step(definition.Start).Assignee?.Role;
            foreach (var unitId in subject.UnitIds.Where(u => DocumentAccess.MayStart(startRole, u, subject)))
                options.Add(new StartOption(definition.Id, definition.Name, unitId, units.GetValueOrDefault(unitId, unitId)));
        }
        return options.OrderBy(o => o.Name).ThenBy(o => o.UnitName).ToList();
    }

    /// <summary>The form for one option, or null when the user may not start that chain at that unit.</summary>
    public async Task<StartForm?> FormAsync(string definitionId, string unitId, CancellationToken ct)
    {
        var option = (await OptionsAsync(ct)).FirstOrDefault(o => o.DefinitionId == definitionId && o.UnitId == unitId);
        if (option is null) return null;
        var definition = await catalog.LatestAsync(definitionId, ct);
        var role = definition?.Step(definition.Start).Document;
        if (role is null || forms.For(definition!, role) is not { } form) return null;
        await using var context = database.Create();
        var unit = await context.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        // The header, place and year are the unit's and this year's in nearly every document: prefilled, still editable.
        // The symbol is not prefilled: the registry writes it at issuing.
        var values = new JsonObject { ["issuingBody"] = unit.HeaderName, ["place"] = unit.Place, ["year"] = VietnamTime.Now(clock).Year };
        return new StartForm(option, role, form, values);
    }

    /// <summary>
    /// Checks the data against the start document's contract (completeness aside: a draft may be unfinished) and starts the
    /// instance, which waits at the clerk's drafting step with its first version rendered. With <paramref name="submit"/>, the start document must be complete
    /// (fields the engine fills later aside) and the first step's task is submitted at once. Both commands are keyed by
    /// <paramref name="idempotencyKey"/>, so a repeated request (a double click) makes one document and one submit; without
    /// a key each request makes its own document.
    /// </summary>
    public async Task<CommandResult> StartAsync(string? idempotencyKey, string definitionId, string unitId, string title, JsonObject data, bool submit,
        CancellationToken ct)
    {
        var definition = await catalog.LatestAsync(definitionId, ct)
            ?? throw new WorkflowNotFoundException($"Definition {definitionId} does not exist.", "Không tìm thấy quy trình.");
        // A new document has nothing to clear: the form's empty inputs (nulls) are simply absent.
        data = (JsonObject)DocumentMerge.WithoutNulls(data)!;
        var invalid = new List<ContractViolation>();
        foreach (var (role, template) in definition.Documents)
        {
            if (data[role] is not JsonObject document || contracts.For(template) is not { } contract) continue;
            invalid.AddRange(contract.Validate(JsonSerializer.SerializeToElement(document)).Where(v => !v.IsIncompleteness)
                .Select(v => v with { Path = $"{role}.{v.Path}" }));
        }
        if (invalid.Count > 0) throw new DocumentDataException(definition.Documents.Values.First(), invalid);
        var startRole = definition.Step(definition.Start).Document;
        if (submit && startRole is not null && forms.For(definition, startRole) is { } form)
            DraftCompleteness.Require(form.Contract, data[startRole] as JsonObject ?? [], form.Context);
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? null : idempotencyKey;
        var started = await engine.StartAsync(new StartCommand(key, user.UserId, unitId, definitionId, title, data), ct);
        if (started.CreatedTasks.FirstOrDefault(t => t.StepId == definition.Start) is not { } draft) return started;
        // A saved draft is rendered at once (the drafting step's save), so the clerk can preview and download what they wrote.
        var action = submit ? TaskActions.Submit : TaskActions.Save;
        var acted = await engine.ActAsync(new TaskCommand(key is null ? null : $"{key}:{action}", user.UserId, draft.TaskId, action), ct);
        return submit ? acted : started;
    }
}
