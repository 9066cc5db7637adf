using System.Text.Json.Nodes;
using EmulationDocs.Core.Access;
using EmulationDocs.Core.Calendar;
using EmulationDocs.Core.Numbering;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using EmulationDocs.Core.Workflows.Runtime;
using EmulationDocs.Web.Features.Documents;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Web.Features.Tasks;

/// <summary>A button on the task page: the engine's action code and its Vietnamese label.</summary>
public sealed record TaskAction(string Code, string Label, bool NeedsComment);

public sealed record ReturnTarget(string StepId, string Name);

/// <summary>Who took a role task (null: nobody yet), and whether the signed-in user may take it or give it back.</summary>
/// <summary>What issuing now would give: the series' next number with its symbol, and today's date in Vietnam.</summary>
public sealed record IssuePreview(string Reference, DateTime Date);

public sealed record TaskClaim(string? ClaimedByName, bool CanClaim, bool CanRelease);

/// <summary>Everything the task page shows.</summary>
public sealed record TaskDetails(
    Guid TaskId, long TaskRevision, bool IsOpen, bool IsMine, string StepId, string StepKind, string StepName, string? UnitName, DateTime? DueAt, bool Overdue,
    InstanceDetails Instance, IReadOnlyList<TaskAction> Actions, IReadOnlyList<ReturnTarget> ReturnTargets, IReadOnlyList<string> Candidates,
    VersionRow? LatestVersion, IReadOnlyList<DraftForm> Forms)
{
    /// <summary>The action that sends the forms' documents and needs them complete ("Trình", "Đồng ý"); null without forms.</summary>
    public string? CompletingAction { get; init; }

    /// <summary>A task for a role, open to every holder: one of them may take it so colleagues do not work on it twice.</summary>
    public TaskClaim? Claim { get; init; }

    /// <summary>On the registry's open issuing task: the reference issuing now would give ("02/CT-UBND"), for the registry to check.</summary>
    public IssuePreview? IssuePreview { get; init; }

    /// <summary>On an open drafting task whose draft came back: who returned it, when and why, shown at the top of the page.</summary>
    public (string UserName, DateTime At, string? Comment)? Returned { get; init; }
}

/// <summary>Reads a task for its page; null when it does not exist or its document is not the user's to see.</summary>
public sealed class TaskDetailsQuery(
    DatabaseFactory database, InstanceQueries instances, NameLookup names, CoreInboxAccess inbox, TaskDocuments documents, TimeProvider clock)
{
    public async Task<TaskDetails?> GetAsync(Guid taskId, CancellationToken ct)
    {
        await using var context = database.Create();
        var task = await context.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || await instances.DetailsAsync(task.InstanceId, ct) is not { } instance) return null;
        var definition = await names.DefinitionAsync(instance.DefinitionId, instance.DefinitionVersion, ct);
        var step = definition?.Steps.FirstOrDefault(s => s.Id == task.StepId);
        var isOpen = task.State == TaskState.Open;
        var access = await inbox.ForTaskAsync(task, ct);
        var isMine = access.MayAct;
        var stored = await context.Instances.AsNoTracking().Where(i => i.Id == task.InstanceId).SingleAsync(ct);
        // Only actions the engine will accept from this user are offered: "Rút văn bản" is the initiator's alone.
        var actions = isMine && step is not null
            ? ActionsFor(step).Where(a => a.Code != TaskActions.Withdraw || DocumentAccess.MayWithdraw(stored, inbox.UserId)).ToList()
            : [];
        var returnTargets = new List<ReturnTarget>();
        foreach (var target in step?.ReturnTo ?? [])
            returnTargets.Add(new ReturnTarget(target, await names.StepNameAsync(instance.DefinitionId, instance.DefinitionVersion, target, ct)));
        var data = JsonNode.Parse(stored.DataJson) as JsonObject ?? [];
        var candidates = step?.Kind == StepKinds.CouncilVote && definition is not null ? Candidates(definition, data) : [];
        var forms = isMine && isOpen && step is not null ? await documents.FormsAsync(definition!, step, stored.UnitId, data, ct) : [];
        // Taking a task matters only where colleagues share the role (two clerks of a unit); a sole holder is not offered it.
        var shared = task.ClaimedBy is not null
            || task.Role is not null && task.UnitId is not null && (await new UnitDirectory(context).HoldersAsync(task.UnitId, task.Role, ct)).Count > 1;
        var claim = shared && access.HoldsRole
            ? new TaskClaim(task.ClaimedBy is { } by ? (await names.UserNamesAsync([by], ct)).GetValueOrDefault(by, by) : null,
                CanClaim: task.ClaimedBy is null, CanRelease: task.ClaimedBy is not null && task.ClaimedBy == inbox.UserId)
            : null;
        IssuePreview? issuePreview = null;
        if (isMine && isOpen && step is { Kind: StepKinds.Issuing })
        {
            var unit = await context.Units.AsNoTracking().SingleAsync(u => u.Id == stored.UnitId, ct);
            var today = VietnamTime.Now(clock);
            issuePreview = new IssuePreview(await IssueReference.PreviewAsync(context, step, unit.Id, unit.Abbreviation, today.Year, ct), today.Date);
        }
        (string, DateTime, string?)? returned = null;
        if (isOpen && step is { Kind: StepKinds.Drafting } && (await ReturnNotes.ForAsync(context, [task.InstanceId], ct)).GetValueOrDefault(task.InstanceId) is { } note)
            returned = ((await names.UserNamesAsync([note.UserId], ct)).GetValueOrDefault(note.UserId, note.UserId), note.At, note.Comment);
        return new TaskDetails(task.Id, task.Revision, isOpen, isMine, task.StepId, task.StepKind, step?.Name ?? task.StepId,
            await names.UnitNameAsync(task.UnitId, ct), task.DueAt, isOpen && task.DueAt < clock.GetUtcNow().UtcDateTime, instance,
            actions, returnTargets, candidates, instance.Versions.LastOrDefault(), forms)
        {
            CompletingAction = forms.Count > 0 ? TaskDocuments.CompletingAction(step!) : null,
            Claim = claim,
            IssuePreview = issuePreview,
            Returned = returned,
        };
    }

    /// <summary>The actions the engine accepts on each kind of step (TransitionRunner.ActAsync), in the order shown.</summary>
    public static IReadOnlyList<TaskAction> ActionsFor(StepDefinition step)
    {
        TaskAction Return() => new(TaskActions.Return, "Trả lại để sửa", true);
        TaskAction Reject() => new(TaskActions.Reject, "Từ chối", true);
        return step.Kind switch
        {
            StepKinds.Drafting => [new(TaskActions.Submit, "Trình", false), new(TaskActions.Save, "Lưu nháp", false), new(TaskActions.Withdraw, "Rút văn bản", false)],
            StepKinds.Review => [new(TaskActions.Approve, "Đồng ý", false), .. step.ReturnTo.Count > 0 ? [Return()] : Array.Empty<TaskAction>(), Reject()],
            StepKinds.Signing => [new(TaskActions.Sign, "Ký", false), .. step.ReturnTo.Count > 0 ? [Return()] : Array.Empty<TaskAction>(), Reject()],
            StepKinds.Issuing => [new(TaskActions.Issue, "Cấp số và ban hành", false), .. step.ReturnTo.Count > 0 ? [Return()] : Array.Empty<TaskAction>()],
            StepKinds.CouncilVote => [new(TaskActions.Vote, "Gửi phiếu biểu quyết", false)],
            _ => [],
        };
    }

    /// <summary>The candidates a council votes on: the members of the award groups in the travelling document.</summary>
    private static IReadOnlyList<string> Candidates(WorkflowDefinition definition, JsonObject data)
    {
        var startRole = definition.Step(definition.Start).Document;
        var documents = startRole is not null && data[startRole] is JsonObject start ? [start] : data.Select(d => d.Value).OfType<JsonObject>();
        return documents.Select(d => d["awardGroups"]).OfType<JsonArray>().Take(1)
            .SelectMany(groups => groups.OfType<JsonObject>())
            .SelectMany(g => (g["members"] as JsonArray ?? []).OfType<JsonObject>())
            .Select(m => (string?)m["name"]).OfType<string>().Distinct().ToList();
    }
}
