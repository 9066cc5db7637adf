using EmulationDocs.Core.Documents;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;
using EmulationDocs.Core.Calendar;

namespace EmulationDocs.Web.Features.Tasks;

/// <summary>
/// One document a task's form edits, generated from its contract and prefilled. Its form keys start with
/// <see cref="Prefix"/>: <c>doc</c> on a drafting step (one document), the document role on a review step (several).
/// </summary>
public sealed record DraftForm(string DocumentRole, DocumentForm Form, JsonObject Values, string Prefix, string Heading)
{
    public IReadOnlyList<FormField> Fields(JsonObject? values = null, IReadOnlyDictionary<string, int>? extraRows = null) =>
        ContractForm.Fields(Form.Contract, values ?? Values, Form.Context, Form.Template, extraRows, Prefix);

    public (JsonObject Data, IReadOnlyList<string> Problems) Read(IFormCollection posted) =>
        ContractForm.Read(Form.Contract, posted, Form.Context, Prefix);
}

/// <summary>
/// The documents a task's form edits, and the action that sends them and needs them complete: a drafting step edits its
/// own document ("Trình"); a review step edits those its level prepares there (<see cref="PreparedDocuments"/>: the
/// receiving level's own Tờ trình, the minutes of the council vote that follows), sent with "Đồng ý".
/// </summary>
public sealed class TaskDocuments(PreparedDocuments prepared, DocumentForms forms, DatabaseFactory database, TimeProvider clock)
{
    /// <summary>The action that carries the documents to the engine and must find them complete; null when the step edits none.</summary>
    public static string? CompletingAction(StepDefinition step) => step.Kind switch
    {
        StepKinds.Drafting => TaskActions.Submit,
        StepKinds.Review => TaskActions.Approve,
        _ => null,
    };

    /// <summary>Whether <paramref name="action"/> sends the form's documents: every action of a drafting step, only "Đồng ý" on a review.</summary>
    public static bool Carries(string stepKind, string action) =>
        stepKind == StepKinds.Drafting || (stepKind == StepKinds.Review && action == TaskActions.Approve);

    public async Task<IReadOnlyList<string>> RolesAsync(WorkflowDefinition definition, StepDefinition step, string instanceUnitId, CancellationToken ct) =>
        step switch
        {
            { Kind: StepKinds.Drafting, Document: { } role } => [role],
            { Kind: StepKinds.Review } => await prepared.ForStepAsync(definition, step.Id, instanceUnitId, ct),
            _ => [],
        };

    /// <summary>
    /// The forms of the task's documents, prefilled with the instance's data for its current level. A review's documents are
    /// new to this level, so the header, place and year start as the unit's and this year's (still editable).
    /// </summary>
    public async Task<IReadOnlyList<DraftForm>> FormsAsync(WorkflowDefinition definition, StepDefinition step, string instanceUnitId, JsonObject data,
        CancellationToken ct)
    {
        var result = new List<DraftForm>();
        foreach (var role in await RolesAsync(definition, step, instanceUnitId, ct))
        {
            if (forms.For(definition, role) is not { } form) continue;
            var values = (data[role] as JsonObject)?.DeepClone().AsObject() ?? [];
            if (step.Kind == StepKinds.Drafting)
            {
                result.Add(new DraftForm(role, form, values, ContractForm.Prefix, "Nội dung văn bản"));
                continue;
            }
            await using (var context = database.Create())
            {
                var unit = await context.Units.AsNoTracking().SingleAsync(u => u.Id == instanceUnitId, ct);
                values["issuingBody"] ??= unit.HeaderName;
                values["place"] ??= unit.Place;
                values["year"] ??= VietnamTime.Now(clock).Year;
            }
            var kind = WorkflowLabels.DocumentKind(form.Contract.Kind).ToLower(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
            result.Add(new DraftForm(role, form, values, role, "Nội dung " + kind));
        }
        return result;
    }

    /// <summary>
    /// Each document as it will be after the engine merges <paramref name="update"/> (field by field) into the stored data must
    /// have every field to be filled by people; the fields the engine writes later aside.
    /// </summary>
    public async Task RequireCompleteAsync(WorkflowDefinition definition, StepDefinition step, string instanceUnitId, JsonObject data, JsonObject? update,
        CancellationToken ct)
    {
        var missing = new List<string>();
        foreach (var role in await RolesAsync(definition, step, instanceUnitId, ct))
        {
            if (forms.For(definition, role) is not { } form) continue;
            var document = (data[role] as JsonObject)?.DeepClone().AsObject() ?? [];
            if (update?[role] is JsonObject edits) DocumentMerge.Apply(document, edits);
            var lacking = DraftCompleteness.Missing(form.Contract, document, form.Context);
            // A review's documents share field names (both have a "Trích yếu nội dung"): each label says whose it is.
            missing.AddRange(step.Kind == StepKinds.Drafting ? lacking : lacking.Select(l => $"{WorkflowLabels.DocumentKind(form.Contract.Kind)} › {l}"));
        }
        if (missing.Count > 0) throw new IncompleteDraftException(missing);
    }
}
