using System.Text.Json.Nodes;
using EmulationDocs.Core.Access;
using EmulationDocs.Core.Awards;
using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;
using EmulationDocs.Core.Calendar;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// One transition of one instance: applies a task action, then walks automatic steps until the
/// instance waits on people again (or ends). Everything it changes is tracked by the context
/// and saved by <see cref="WorkflowEngine"/> in one transaction.
/// </summary>
internal sealed class TransitionRunner(
    EmulationDocsDbContext context, Assignments assignments, WorkflowDefinition definition, WorkflowInstance instance,
    Transition transition, AwardRules awardRules, DocumentRenderer renderer, CancellationToken ct, InstanceData data)
{
    private readonly StepTasks _tasks = new(context, assignments, instance, transition, ct);
    private readonly VersionWriter _versions = new(context, definition, instance, data, transition, renderer, ct);
    private readonly Registry _registry = new(context, assignments, instance, data, transition, ct);
    private readonly LevelHandover _levels = new(assignments, definition, instance, data, ct);
    private readonly AuthorityRouting _authority = new(context, assignments, instance, data, transition, awardRules, ct);
    private readonly CouncilVote _council = new(context, assignments, instance, data, awardRules, ct);
    private string? _reference;

    // The parts of the runner share one parsed copy of the instance's data.
    public TransitionRunner(
        EmulationDocsDbContext context, Assignments assignments, WorkflowDefinition definition, WorkflowInstance instance,
        Transition transition, AwardRules awardRules, DocumentRenderer renderer, CancellationToken ct)
        : this(context, assignments, definition, instance, transition, awardRules, renderer, ct, new InstanceData(definition, instance.DataJson))
    {
    }

    public string DefinitionId => definition.Id;

    public CommandResult Result()
    {
        instance.DataJson = data.ToJsonString();
        instance.UpdatedAt = transition.Now;
        instance.Revision++;
        return new CommandResult(instance.Id, instance.StepId, instance.Status, instance.Revision, _tasks.Created, _reference);
    }

    public async Task ActAsync(WorkflowTask task, TaskCommand command)
    {
        var step = definition.Step(task.StepId);
        var standing = await AuthorizeAsync(task, command.UserId);
        var role = task.Role ?? step.Assignee?.Role;
        // Only the actions that write documents take data; any other would drop it silently.
        if (command.Data is { Count: > 0 } && !TakesData(step.Kind, command.Action))
            throw new DocumentNotEditableException($"Action '{command.Action}' of step '{step.Id}' takes no document data.",
                $"Thao tác này của bước «{step.Name ?? step.Id}» không sửa nội dung văn bản; hãy bỏ dữ liệu gửi kèm.");
        switch (step.Kind, command.Action)
        {
            case (StepKinds.Drafting, TaskActions.Submit):
                RequireEditable(step, command.Data, Own(step));
                data.Merge(command.Data);
                await _versions.WriteDraftAsync(step.Document);
                await CompleteAsync(task, command, role, step.Next!);
                break;
            case (StepKinds.Drafting, TaskActions.Save):
                RequireEditable(step, command.Data, Own(step));
                data.Merge(command.Data);
                await _versions.WriteDraftAsync(step.Document);
                // The task stays open; its new revision makes a page showing the older data stale.
                task.Revision++;
                History(command.UserId, role, task.UnitId ?? instance.UnitId, task.StepId, TaskActions.Save, command.Comment, _versions.LastHash);
                break;
            case (StepKinds.Drafting, TaskActions.Withdraw):
                if (!DocumentAccess.MayWithdraw(instance, command.UserId))
                    throw new ActionNotAllowedException($"Only the initiator may withdraw instance {instance.Id}.", "Chỉ người khởi tạo mới được rút văn bản.");
                await FinishAsync(task, command, role, InstanceStatus.Withdrawn);
                break;
            case (StepKinds.Review, TaskActions.Approve):
                // The reviewing clerk of a receiving level writes the documents the level prepares here (its own Tờ trình, the
                // minutes of the council that follows); the approved candidates and figures come from the level below.
                await ReviseAsync(step, task, command, role, await PreparedDocuments.ForStepAsync(assignments, definition, step.Id, instance.UnitId, ct));
                await CompleteAsync(task, command, role, step.Next!);
                break;
            case (StepKinds.Signing, TaskActions.Sign):
                Sign(step, standing, command.UserId);
                await _versions.WriteDraftAsync(step.Document);
                await CompleteAsync(task, command, role, step.Next!);
                break;
            case (StepKinds.Review or StepKinds.Signing or StepKinds.Issuing, TaskActions.Return):
                RequireComment(command);
                var (target, unit) = await ReturnTargetAsync(step, command.ReturnTo);
                if (unit != instance.UnitId) _levels.RestoreLevel(unit);
                instance.UnitId = unit;
                await CompleteAsync(task, command, role, target);
                break;
            case (StepKinds.Review or StepKinds.Signing, TaskActions.Reject):
                RequireComment(command);
                await FinishAsync(task, command, role, InstanceStatus.Rejected);
                break;
            case (StepKinds.Issuing, TaskActions.Issue):
                _reference = await _registry.NumberAsync(step);
                await _versions.WriteIssuedAsync(step.Document!, _reference);
                await new AwardRegisterWriter(context, ct).RecordAsync(step.DocumentType, instance, _versions.LastIssued!, data.Document(step.Document!), transition.Now);
                await CompleteAsync(task, command, role, step.Next!);
                break;
            case (StepKinds.CouncilVote, TaskActions.Vote):
                await VoteAsync(task, step, command);
                break;
            default:
                throw new ActionNotAllowedException($"Action '{command.Action}' is not offered by step '{step.Id}' ({step.Kind}).",
                    $"Bước «{step.Name ?? step.Id}» không có thao tác này.");
        }
    }

    /// <summary>Enters a step; automatic steps run at once, human steps get their tasks.</summary>
    public async Task EnterAsync(string stepId)
    {
        for (var guard = 0; guard < 100; guard++)
        {
            var step = definition.Step(stepId);
            instance.StepId = step.Id;
            if (!await StepConditions.AppliesAsync(assignments, step, instance.UnitId, ct))
            {
                stepId = step.Next!;
                continue;
            }
            switch (step.Kind)
            {
                case StepKinds.End:
                    instance.Status = InstanceStatus.Completed;
                    return;
                case StepKinds.Distribution:
                    await DistributeAsync();
                    History("system", null, instance.UnitId, step.Id, "distribute", null, _versions.LastHash);
                    stepId = step.Next!;
                    continue;
                case StepKinds.Forwarding:
                    var from = instance.UnitId;
                    var to = await _levels.ForwardAsync(step);
                    History("system", null, to.Id, step.Id, "forward", $"{from} → {to.Id}", _versions.LastHash);
                    stepId = step.Next!;
                    continue;
                case StepKinds.Aggregation:
                    await AggregateAsync(step);
                    stepId = step.Next!;
                    continue;
                case StepKinds.Authority:
                    var (covered, beyond) = await _authority.SplitByAuthorityAsync();
                    if (beyond.Count == 0)
                    {
                        await _authority.PrepareDecisionAsync(definition.Step(step.Covered!));
                        stepId = step.Covered!;
                    }
                    else
                    {
                        if (covered.Count > 0) await DecideHereInSiblingAsync(step, covered, beyond);
                        stepId = step.Otherwise!;
                    }
                    continue;
                default:
                    await _tasks.OpenAsync(step);
                    return;
            }
        }
        throw new InvalidOperationException($"Definition {definition.Id} v{definition.Version} loops through automatic steps without end.");
    }

    public void History(string userId, string? role, string? unitId, string stepId, string action, string? comment, string? documentHash) =>
        context.History.Add(new HistoryEntry
        {
            InstanceId = instance.Id, At = transition.Now, UserId = userId, Role = role, UnitId = unitId, StepId = stepId,
            Action = action, Comment = comment, DocumentHash = documentHash,
        });

    private async Task<Standing> AuthorizeAsync(WorkflowTask task, string userId)
    {
        var subject = await assignments.SubjectAsync(userId, transition.Now, ct);
        switch (DocumentAccess.ForTask(task, subject).Refusal)
        {
            case TaskRefusal.None:
                break;
            case TaskRefusal.TakenByColleague:
                throw new ActionNotAllowedException($"Task {task.Id} is claimed by '{task.ClaimedBy}'.", "Công việc này đã được người khác nhận xử lý.");
            default:
                throw NotYours(task);
        }
        return task.UserId is not null ? new Standing("", null, null) : Assignments.StandingOf(subject, task.Role!, task.UnitId!) ?? throw NotYours(task);
    }

    private static ActionNotAllowedException NotYours(WorkflowTask task) =>
        new($"The user may not act on task {task.Id} ({task.Role} at {task.UnitId}).", "Bạn không được giao công việc này.");

    /// <summary>
    /// The earlier step to go back to: one the step allows and the instance has passed through
    /// (most recent first when none is named). The instance returns to the unit it was at there,
    /// so a province returning a dossier sends it back down to the district's or commune's step.
    /// </summary>
    private async Task<(string StepId, string UnitId)> ReturnTargetAsync(StepDefinition step, string? requested)
    {
        var visited = await context.Tasks.Where(t => t.InstanceId == instance.Id && step.ReturnTo.Contains(t.StepId))
            .OrderByDescending(t => t.CreatedAt).Select(t => new { t.StepId, t.UnitId, t.Role }).ToListAsync(ct);
        var match = visited.FirstOrDefault(v => requested is null || v.StepId == requested);
        if (match is null)
            throw new ActionNotAllowedException($"Step '{step.Id}' cannot return to '{requested ?? "(none)"}': not allowed or not passed through.",
                "Không thể trả lại về bước đã chọn (bước này chưa từng xử lý văn bản).");
        var unitId = match.UnitId ?? instance.UnitId;
        var rule = definition.Step(match.StepId).Assignee;
        // A step assigned to a unit above the instance's own (e.g. level:commune) keeps the instance where it was.
        return (match.StepId, rule is null || rule.Unit == "self" ? unitId : instance.UnitId);
    }

    /// <summary>The documents a new instance starts with: each one of the chain's, each valid against its contract (missing values aside).</summary>
    public void RequireValidDocuments(JsonObject documents)
    {
        foreach (var (role, value) in documents)
        {
            if (!definition.Documents.ContainsKey(role) || value is not JsonObject)
                throw new DocumentNotEditableException($"Definition {definition.Id} has no document '{role}'.", "Dữ liệu gửi kèm có văn bản không thuộc quy trình này.");
            _versions.Validate(role);
        }
    }

    private static bool TakesData(string stepKind, string action) => (stepKind, action) switch
    {
        (StepKinds.Drafting, _) => true,
        (StepKinds.Review, TaskActions.Approve) => true,
        (StepKinds.CouncilVote, TaskActions.Vote) => true,
        _ => false,
    };

    private static IReadOnlyCollection<string> Own(StepDefinition step) => step.Document is { } role ? [role] : [];

    /// <summary>A step changes only the documents it prepares (<paramref name="editable"/>); data for any other is refused whole.</summary>
    private static void RequireEditable(StepDefinition step, JsonObject? update, IReadOnlyCollection<string> editable)
    {
        if (update is null) return;
        var foreign = update.Where(p => !editable.Contains(p.Key) || p.Value is not JsonObject).Select(p => p.Key).ToList();
        if (foreign.Count == 0) return;
        throw new DocumentNotEditableException(
            $"Step '{step.Id}' prepares [{string.Join(", ", editable)}], not [{string.Join(", ", foreign)}].",
            editable.Count == 0
                ? $"Bước «{step.Name ?? step.Id}» không sửa nội dung văn bản nào; dữ liệu gửi kèm không được nhận."
                : $"Bước «{step.Name ?? step.Id}» chỉ được sửa văn bản mà bước này soạn; dữ liệu gửi kèm có văn bản khác nên không được nhận.");
    }

    /// <summary>
    /// Writes the documents the step prepares: each one the data changes becomes a new version (rendered, so checked against
    /// its contract), recorded in the history with its hash and the acting user.
    /// </summary>
    private async Task ReviseAsync(StepDefinition step, WorkflowTask task, TaskCommand command, string? role, IReadOnlyCollection<string> editable)
    {
        RequireEditable(step, command.Data, editable);
        foreach (var (document, fields) in command.Data ?? [])
        {
            var before = data.Document(document).ToJsonString();
            data.Merge(new JsonObject { [document] = fields!.DeepClone() });
            if (data.Document(document).ToJsonString() == before) continue;
            await _versions.WriteDraftAsync(document);
            History(command.UserId, role, task.UnitId ?? instance.UnitId, step.Id, HistoryActions.Revise, null, _versions.LastHash);
        }
    }

    private static void RequireComment(TaskCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.Comment))
            throw new ActionNotAllowedException("Returning or rejecting needs a comment.", "Hãy ghi ý kiến khi trả lại hoặc từ chối.");
    }

    private async Task CompleteAsync(WorkflowTask task, TaskCommand command, string? role, string nextStep)
    {
        await _tasks.CompleteAsync(task, command.UserId, command.Action);
        await _tasks.CancelOthersAsync(task.Id);
        History(command.UserId, role, task.UnitId ?? instance.UnitId, task.StepId, command.Action, command.Comment, _versions.LastHash);
        await EnterAsync(nextStep);
    }

    private async Task FinishAsync(WorkflowTask task, TaskCommand command, string? role, InstanceStatus status)
    {
        await _tasks.CompleteAsync(task, command.UserId, command.Action);
        await _tasks.CancelOthersAsync(task.Id);
        History(command.UserId, role, task.UnitId ?? instance.UnitId, task.StepId, command.Action, command.Comment, null);
        instance.Status = status;
    }

    /// <summary>Writes the authority line, title and name of the signer; a delegate signs "KT."/"TUQ." for the delegator's title.</summary>
    private void Sign(StepDefinition step, Standing standing, string userId)
    {
        var signer = context.Users.Find(userId)!;
        var document = data.Document(step.Document ?? throw new InvalidOperationException($"Signing step '{step.Id}' names no document."));
        var authority = standing.DelegationPrefix is { } prefix ? $"{prefix} {standing.DelegatorTitle}" : step.Authority;
        document[EngineWrittenFields.Signature] = new JsonObject
        {
            ["authority"] = authority,
            ["title"] = standing.Title,
            ["name"] = signer.FullName,
        };
        History(userId, null, instance.UnitId, step.Id, "signed-as", authority is null ? standing.Title : $"{authority} / {standing.Title}", null);
    }

    /// <summary>Records one member's ballots; when every member has voted, tallies against each title's threshold.</summary>
    private async Task VoteAsync(WorkflowTask task, StepDefinition step, TaskCommand command)
    {
        _council.RecordBallots(step, command);
        // The secretary's details of the meeting (time, place, attendees) may come with a vote: a new version of the minutes.
        await ReviseAsync(step, task, command, step.Assignee?.Role, Own(step));
        await _tasks.CompleteAsync(task, command.UserId, command.Written ? "vote-written" : TaskActions.Vote);
        History(command.UserId, step.Assignee?.Role, task.UnitId, step.Id, command.Written ? "vote-written" : TaskActions.Vote, command.Comment, null);

        if (await _tasks.OthersOpenAsync(task)) return;
        await _council.TallyAsync(step, task.UnitId!);
        await _versions.WriteDraftAsync(step.Document);
        await EnterAsync(step.Next!);
    }

    /// <summary>
    /// Queues the e-mails of the document just issued (or, when the distribution step comes in a later transition, the
    /// unit's latest issued version) in the outbox, inside this transition's transaction; the dispatcher sends them.
    /// </summary>
    private async Task DistributeAsync()
    {
        var issued = _versions.LastIssued ?? await context.DocumentVersions
            .Where(d => d.InstanceId == instance.Id && d.UnitId == instance.UnitId && d.Frozen)
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (issued is null) return;
        await new OutboxWriter(context, ct).EnqueueAsync(instance.Id, issued, data.Document(issued.Role), transition.Now);
    }

    /// <summary>Fills the consolidated report's figures from the reports the units below issued for the same year.</summary>
    private async Task AggregateAsync(StepDefinition step)
    {
        var report = data.Document(step.Document ?? throw new InvalidOperationException($"Aggregation step '{step.Id}' names no document."));
        var year = (int?)report["year"] ?? VietnamTime.FromUtc(transition.Now).Year;
        var result = await ReportAggregation.SumAsync(context, instance, step.Document, step.Sources, year, ct);
        report[EngineWrittenFields.Figures] = result.Figures;
        History("system", null, instance.UnitId, step.Id, "aggregate",
            result.Sources.Count == 0 ? "Chưa có báo cáo nào của cấp dưới." : "Tổng hợp từ: " + string.Join("; ", result.Sources), null);
    }

    /// <summary>
    /// The titles this level may grant are decided by a sibling instance split off here, which runs in this transition
    /// up to its first tasks; they are reported with this command's.
    /// </summary>
    private async Task DecideHereInSiblingAsync(StepDefinition authority, List<JsonObject> covered, List<JsonObject> beyond)
    {
        var (sibling, comment) = await _authority.SplitOffAsync(authority, covered, beyond);
        History("system", null, instance.UnitId, authority.Id, "split", comment, null);
        var runner = new TransitionRunner(context, assignments, definition, sibling, transition, awardRules, renderer, ct);
        runner.History("system", null, instance.UnitId, authority.Id, "split-from", instance.Id.ToString(), null);
        await runner._authority.PrepareDecisionAsync(definition.Step(authority.Covered!));
        await runner.EnterAsync(authority.Covered!);
        runner.Result();
        _tasks.Created.AddRange(runner._tasks.Created);
    }
}
