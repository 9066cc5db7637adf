using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Numbering;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Core.Workflows.Definitions;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// One transition of one instance: applies a task action, then walks automatic steps until the
/// instance waits on people again (or ends). Everything it changes is tracked by the context
/// and saved by <see cref="WorkflowEngine"/> in one transaction.
/// </summary>
internal sealed class TransitionRunner(
    EmulationDocsDbContext context, Assignments assignments, WorkflowDefinition definition, WorkflowInstance instance,
    TransitionClock transition, AwardRules awardRules, DocumentRenderer renderer, CancellationToken ct)
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);
    private readonly JsonObject _data = JsonNode.Parse(instance.DataJson)?.AsObject() ?? [];
    private readonly List<CreatedTask> _created = [];
    private readonly Dictionary<(string Role, string Unit), int> _versions = [];
    private string? _reference;
    private string? _lastHash;
    private DocumentVersion? _lastIssued;

    public CommandResult Result()
    {
        instance.DataJson = _data.ToJsonString();
        instance.UpdatedAt = transition.Now;
        instance.Revision++;
        return new CommandResult(instance.Id, instance.StepId, instance.Status, instance.Revision, _created, _reference);
    }

    public async Task ActAsync(WorkflowTask task, TaskCommand command)
    {
        var step = definition.Step(task.StepId);
        var standing = await AuthorizeAsync(task, command.UserId);
        var role = task.Role ?? step.Assignee?.Role;
        switch (step.Kind, command.Action)
        {
            case (StepKinds.Drafting, TaskActions.Submit):
                MergeDraft(command.Data);
                await RenderAsync(step.Document, strict: false, frozen: false);
                await CompleteAsync(task, command, role, step.Next!);
                break;
            case (StepKinds.Drafting, TaskActions.Save):
                MergeDraft(command.Data);
                await RenderAsync(step.Document, strict: false, frozen: false);
                // The task stays open; its new revision makes a page showing the older data stale.
                task.Revision++;
                History(command.UserId, role, task.UnitId ?? instance.UnitId, task.StepId, TaskActions.Save, command.Comment, _lastHash);
                break;
            case (StepKinds.Drafting, TaskActions.Withdraw):
                if (command.UserId != instance.InitiatorId)
                    throw new ActionNotAllowedException($"Only the initiator may withdraw instance {instance.Id}.", "Chỉ người khởi tạo mới được rút văn bản.");
                await FinishAsync(task, command, role, InstanceStatus.Withdrawn);
                break;
            case (StepKinds.Review, TaskActions.Approve):
                // The reviewing clerk of a receiving level writes that level's own text (summary, body, addressees) and the
                // council's meeting details here; the approved candidates and figures come from the level below.
                MergeDraft(command.Data);
                await CompleteAsync(task, command, role, step.Next!);
                break;
            case (StepKinds.Signing, TaskActions.Sign):
                Sign(step, standing, command.UserId);
                await RenderAsync(step.Document, strict: false, frozen: false);
                await CompleteAsync(task, command, role, step.Next!);
                break;
            case (StepKinds.Review or StepKinds.Signing or StepKinds.Issuing, TaskActions.Return):
                RequireComment(command);
                var (target, unit) = await ReturnTargetAsync(step, command.ReturnTo);
                if (unit != instance.UnitId) RestoreLevel(unit);
                instance.UnitId = unit;
                await CompleteAsync(task, command, role, target);
                break;
            case (StepKinds.Review or StepKinds.Signing, TaskActions.Reject):
                RequireComment(command);
                await FinishAsync(task, command, role, InstanceStatus.Rejected);
                break;
            case (StepKinds.Issuing, TaskActions.Issue):
                await IssueAsync(step);
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
            if (!await AppliesAsync(step))
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
                    History("system", null, instance.UnitId, step.Id, "distribute", null, _lastHash);
                    stepId = step.Next!;
                    continue;
                case StepKinds.Forwarding:
                    await ForwardAsync(step);
                    stepId = step.Next!;
                    continue;
                case StepKinds.Aggregation:
                    await AggregateAsync(step);
                    stepId = step.Next!;
                    continue;
                case StepKinds.Authority:
                    var (covered, beyond) = await SplitByAuthorityAsync();
                    if (beyond.Count == 0)
                    {
                        await PrepareDecisionAsync(definition.Step(step.Covered!));
                        stepId = step.Covered!;
                    }
                    else
                    {
                        if (covered.Count > 0) await DecideHereInSiblingAsync(step, covered, beyond);
                        stepId = step.Otherwise!;
                    }
                    continue;
                default:
                    await CreateTasksAsync(step);
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
        if (task.UserId is not null)
        {
            if (task.UserId != userId) throw NotYours(task);
            return new Standing("", null, null);
        }
        if (task.ClaimedBy is not null && task.ClaimedBy != userId)
            throw new ActionNotAllowedException($"Task {task.Id} is claimed by '{task.ClaimedBy}'.", "Công việc này đã được người khác nhận xử lý.");
        return await assignments.StandingAsync(userId, task.Role!, task.UnitId!, transition.Now, ct) ?? throw NotYours(task);
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

    private static void RequireComment(TaskCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.Comment))
            throw new ActionNotAllowedException("Returning or rejecting needs a comment.", "Hãy ghi ý kiến khi trả lại hoặc từ chối.");
    }

    private async Task CompleteAsync(WorkflowTask task, TaskCommand command, string? role, string nextStep)
    {
        await CloseAsync(task, command.UserId, command.Action);
        await CancelOpenTasksAsync(task.Id);
        History(command.UserId, role, task.UnitId ?? instance.UnitId, task.StepId, command.Action, command.Comment, _lastHash);
        await EnterAsync(nextStep);
    }

    private async Task FinishAsync(WorkflowTask task, TaskCommand command, string? role, InstanceStatus status)
    {
        await CloseAsync(task, command.UserId, command.Action);
        await CancelOpenTasksAsync(task.Id);
        History(command.UserId, role, task.UnitId ?? instance.UnitId, task.StepId, command.Action, command.Comment, null);
        instance.Status = status;
    }

    private async Task CloseAsync(WorkflowTask task, string userId, string outcome)
    {
        task.State = TaskState.Completed;
        task.CompletedAt = transition.Now;
        task.CompletedBy = userId;
        task.Outcome = outcome;
        task.Revision++;
        await DeadlineTimers.CloseAsync(context, [task.Id], transition.Now, ct);
    }

    private async Task CancelOpenTasksAsync(Guid except)
    {
        var open = await context.Tasks.Where(t => t.InstanceId == instance.Id && t.State == TaskState.Open && t.Id != except).ToListAsync(ct);
        foreach (var other in open)
        {
            other.State = TaskState.Cancelled;
            other.Revision++;
        }
        await DeadlineTimers.CloseAsync(context, open.ConvertAll(t => t.Id), transition.Now, ct);
    }

    private Task<bool> AppliesAsync(StepDefinition step) => StepConditions.AppliesAsync(assignments, step, instance.UnitId, ct);

    private async Task CreateTasksAsync(StepDefinition step)
    {
        var rule = step.Assignee ?? throw new InvalidOperationException($"Human step '{step.Id}' has no assignee.");
        var unit = await assignments.ResolveAsync(instance.UnitId, rule.Unit, ct);
        DateTime? due = step.Due is null ? null : transition.Now + System.Xml.XmlConvert.ToTimeSpan(step.Due);
        if (step.Kind == StepKinds.CouncilVote)
        {
            // A council meeting again (the dossier came back for revision) votes afresh: earlier rounds' ballots stay in history only.
            var earlier = await context.Ballots.Where(b => b.InstanceId == instance.Id && b.StepId == step.Id).ToListAsync(ct);
            context.Ballots.RemoveRange(earlier);
            foreach (var member in await assignments.HoldersAsync(unit.Id, rule.Role, ct))
                AddTask(step, null, unit.Id, member, due);
            return;
        }
        AddTask(step, rule.Role, unit.Id, null, due);
    }

    private void AddTask(StepDefinition step, string? role, string unitId, string? userId, DateTime? due)
    {
        var task = new WorkflowTask
        {
            Id = Guid.NewGuid(), InstanceId = instance.Id, StepId = step.Id, StepKind = step.Kind, Role = role, UnitId = unitId, UserId = userId,
            State = TaskState.Open, CreatedAt = transition.Now, DueAt = due,
        };
        context.Tasks.Add(task);
        DeadlineTimers.Schedule(context, task, step);
        _created.Add(new CreatedTask(task.Id, step.Id, role, unitId, userId));
    }

    private void MergeDraft(JsonObject? update)
    {
        if (update is null) return;
        foreach (var (role, value) in update)
        {
            if (value is JsonObject fields) DocumentMerge.Apply(DocumentData(role), fields);
        }
    }

    private JsonObject DocumentData(string role)
    {
        if (_data[role] is JsonObject existing) return existing;
        var created = new JsonObject();
        _data[role] = created;
        return created;
    }

    /// <summary>Writes the authority line, title and name of the signer; a delegate signs "KT."/"TUQ." for the delegator's title.</summary>
    private void Sign(StepDefinition step, Standing standing, string userId)
    {
        var signer = context.Users.Find(userId)!;
        var data = DocumentData(step.Document ?? throw new InvalidOperationException($"Signing step '{step.Id}' names no document."));
        var authority = standing.DelegationPrefix is { } prefix ? $"{prefix} {standing.DelegatorTitle}" : step.Authority;
        data[EngineWrittenFields.Signature] = new JsonObject
        {
            ["authority"] = authority,
            ["title"] = standing.Title,
            ["name"] = signer.FullName,
        };
        History(userId, null, instance.UnitId, step.Id, "signed-as", authority is null ? standing.Title : $"{authority} / {standing.Title}", null);
    }

    /// <summary>Number from the series of the issuing body (or its council) for the year, symbol, date; the version is frozen.</summary>
    private async Task IssueAsync(StepDefinition step)
    {
        var role = step.Document ?? throw new InvalidOperationException($"Issuing step '{step.Id}' names no document.");
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var today = DateOnly.FromDateTime(transition.Now + VietnamOffset);
        var council = step.Series == "council";
        var number = await RegistryNumbering.NextAsync(context, council ? $"{unit.Id}/council" : unit.Id, today.Year, ct);
        var issuer = council ? "HĐTĐKT" : unit.Abbreviation;
        var data = DocumentData(role);
        // A công văn has no type abbreviation: its symbol is the issuing body and the drafting office (UBND-NV).
        var symbol = string.IsNullOrEmpty(step.DocumentType)
            ? step.DraftingOffice is { Length: > 0 } office ? $"{issuer}-{office}" : issuer
            : $"{step.DocumentType}-{issuer}";
        data[EngineWrittenFields.Number] = RegistryNumbering.Format(number);
        data[EngineWrittenFields.Symbol] = symbol;
        data[EngineWrittenFields.Date] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // The year the document is about (a report on 2021) stays; only a document without one takes the issuing year.
        if (data["year"] is null) data["year"] = today.Year;
        _reference = $"{RegistryNumbering.Format(number)}/{symbol}";
        await RenderAsync(role, strict: true, frozen: true);
    }

    private async Task RenderAsync(string? role, bool strict, bool frozen)
    {
        if (role is null) return;
        var template = definition.Documents[role];
        var data = DocumentData(role);
        RenderedDocument rendered;
        try
        {
            rendered = renderer.Render(template, JsonSerializer.SerializeToElement(data), strict);
        }
        catch (DocumentDataException ex)
        {
            throw new DocumentIncompleteException(ex.Message,
                "Văn bản chưa đủ thông tin: " + string.Join("; ", ex.Violations.Select(v => $"{v.Path} — {v.Message}")));
        }
        var key = (role, instance.UnitId);
        if (!_versions.TryGetValue(key, out var version))
        {
            version = await context.DocumentVersions.Where(d => d.InstanceId == instance.Id && d.Role == role && d.UnitId == instance.UnitId)
                .Select(d => (int?)d.Version).MaxAsync(ct) ?? 0;
        }
        _versions[key] = ++version;
        var added = new DocumentVersion
        {
            InstanceId = instance.Id, Role = role, UnitId = instance.UnitId, Version = version, Template = template, Hash = rendered.Hash,
            Content = rendered.Content, Frozen = frozen, Reference = frozen ? _reference : null, CreatedAt = transition.Now,
        };
        context.DocumentVersions.Add(added);
        if (frozen) _lastIssued = added;
        _lastHash = rendered.Hash;
    }

    /// <summary>
    /// Queues the e-mails of the document just issued (or, when the distribution step comes in a later transition, the
    /// unit's latest issued version) in the outbox, inside this transition's transaction; the dispatcher sends them.
    /// </summary>
    private async Task DistributeAsync()
    {
        var issued = _lastIssued ?? await context.DocumentVersions
            .Where(d => d.InstanceId == instance.Id && d.UnitId == instance.UnitId && d.Frozen)
            .OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (issued is null) return;
        await new OutboxWriter(context, ct).EnqueueAsync(instance.Id, issued, DocumentData(issued.Role), transition.Now);
    }

    /// <summary>Where the data each level had when it forwarded the instance is kept, so a return to that level restores it.</summary>
    private const string LevelsKey = "$levels";

    /// <summary>Fields the issuing unit's registry and signer write; the next level writes its own.</summary>
    private static readonly string[] IssuedFields = ["number", "date", "signature"];

    /// <summary>
    /// The document that travels up the chain (the Tờ trình with its candidates, the report with its figures): the start
    /// step's document, else the first document that lists candidates.
    /// </summary>
    private string? CarriedRole =>
        definition.Step(definition.Start).Document
        ?? definition.Documents.Keys.FirstOrDefault(r => _data[r] is JsonObject d && d["awardGroups"] is JsonArray)
        ?? definition.Documents.Keys.FirstOrDefault();

    /// <summary>Fills the consolidated report's figures from the reports the units below issued for the same year.</summary>
    private async Task AggregateAsync(StepDefinition step)
    {
        var data = DocumentData(step.Document ?? throw new InvalidOperationException($"Aggregation step '{step.Id}' names no document."));
        var year = (int?)data["year"] ?? (transition.Now + VietnamOffset).Year;
        var result = await ReportAggregation.SumAsync(context, instance, step.Document, step.Sources, year, ct);
        data[EngineWrittenFields.Figures] = result.Figures;
        History("system", null, instance.UnitId, step.Id, "aggregate",
            result.Sources.Count == 0 ? "Chưa có báo cáo nào của cấp dưới." : "Tổng hợp từ: " + string.Join("; ", result.Sources), null);
    }

    /// <summary>
    /// The next level takes over with its own documents: the carried document keeps its content and only the
    /// candidates the council passed, with the new unit's header and no number, symbol, date, signature or
    /// governing body of the level below; the level below's other documents (minutes, decision) stay with it (frozen in
    /// its versions) and the new level writes its own. The leaving level's data is kept for a later return.
    /// </summary>
    private async Task ForwardAsync(StepDefinition step)
    {
        var from = instance.UnitId;
        var target = await assignments.ResolveAsync(instance.UnitId, step.To ?? "parent", ct);
        SaveLevel(from);
        instance.UnitId = target.Id;
        var carried = CarriedRole;
        foreach (var role in definition.Documents.Keys)
        {
            if (_data[role] is not JsonObject document) continue;
            if (role != carried)
            {
                _data.Remove(role);
                continue;
            }
            foreach (var field in IssuedFields.Append("symbol").Append("governingBody")) document.Remove(field);
            document["issuingBody"] = target.HeaderName;
            document["place"] = target.Place;
        }
        History("system", null, target.Id, step.Id, "forward", $"{from} → {target.Id}", _lastHash);
    }

    private void SaveLevel(string unitId)
    {
        var levels = _data[LevelsKey] as JsonObject ?? [];
        var snapshot = new JsonObject();
        foreach (var role in definition.Documents.Keys)
            if (_data[role] is JsonObject document) snapshot[role] = document.DeepClone();
        levels[unitId] = snapshot;
        _data[LevelsKey] = levels;
    }

    /// <summary>
    /// A return down to a level that forwarded the instance gives that level back its own documents as they were when it
    /// forwarded them (its header, its candidate list), unsigned and unnumbered for the new round.
    /// </summary>
    private void RestoreLevel(string unitId)
    {
        if (_data[LevelsKey] is not JsonObject levels || levels[unitId] is not JsonObject snapshot) return;
        foreach (var role in definition.Documents.Keys)
        {
            if (snapshot[role] is JsonObject document)
            {
                var restored = document.DeepClone().AsObject();
                foreach (var field in IssuedFields) restored.Remove(field);
                _data[role] = restored;
            }
            else _data.Remove(role);
        }
    }

    /// <summary>
    /// The decision grants what the council passed: its list, year and header are assembled from the approved submission
    /// when the decision is drafted; the clerk's submit adds legal bases, body and recipients.
    /// </summary>
    private async Task PrepareDecisionAsync(StepDefinition drafting)
    {
        if (drafting.Document is not { } role || role == CarriedRole || CarriedRole is not { } carried) return;
        if (_data[carried] is not JsonObject submission) return;
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var decision = DocumentData(role);
        foreach (var field in IssuedFields.Append("symbol")) decision.Remove(field);
        decision["issuingBody"] = unit.HeaderName;
        decision["place"] = unit.Place;
        if (submission["year"] is { } year) decision["year"] = year.DeepClone();
        decision["awardGroups"] = submission["awardGroups"]?.DeepClone();
        decision["decisionAuthority"] ??= DecisionAuthority(unit);
    }

    /// <summary>"CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TRỰC NINH" for a People's Committee, "THỦ TRƯỞNG …" otherwise.</summary>
    private static string DecisionAuthority(Organisation.OrgUnit unit)
    {
        var name = unit.Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN"));
        return name.StartsWith("ỦY BAN NHÂN DÂN", StringComparison.Ordinal) ? $"CHỦ TỊCH {name}" : $"THỦ TRƯỞNG {name}";
    }

    /// <summary>
    /// Splits the proposal's groups into those this level may grant (the first level of the title's
    /// <c>grantedAt</c> that the organisation has is at or below this unit's level; a title no level
    /// of the organisation grants only at the top) and those that need a level above.
    /// </summary>
    private async Task<(List<JsonObject> Covered, List<JsonObject> Beyond)> SplitByAuthorityAsync()
    {
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var ranks = await context.Levels.ToDictionaryAsync(l => l.Name, l => l.Rank, ct);
        var used = (await context.Units.Select(u => u.Level).Distinct().ToListAsync(ct)).ToHashSet();
        var here = ranks.GetValueOrDefault(unit.Level);
        bool Covers(string title)
        {
            var grantingLevel = awardRules.Find(title)?.GrantedAt.FirstOrDefault(used.Contains);
            if (grantingLevel is null) return unit.ParentId is null;
            if (grantingLevel == unit.Level) return true;
            // Without ranks (an organisation imported without its level list) only the granting level itself is covered.
            return ranks.TryGetValue(grantingLevel, out var granting) && ranks.ContainsKey(unit.Level) && granting >= here;
        }
        var groups = CandidateGroups().ToList();
        return (groups.Where(g => Covers((string?)g["title"] ?? "")).ToList(), groups.Where(g => !Covers((string?)g["title"] ?? "")).ToList());
    }

    /// <summary>
    /// A proposal mixing titles of this level with titles of a level above splits: a sibling
    /// instance at this level decides the titles it may grant (its own Quyết định), while this
    /// instance carries only the others up. Both are written in this transaction.
    /// </summary>
    private async Task DecideHereInSiblingAsync(StepDefinition authority, List<JsonObject> covered, List<JsonObject> beyond)
    {
        var unit = await assignments.UnitAsync(instance.UnitId, ct);
        var carried = CarriedRole!;
        var siblingData = _data.DeepClone().AsObject();
        siblingData[carried]!["awardGroups"] = new JsonArray(covered.Select(g => g.DeepClone()).ToArray());
        _data[carried]!["awardGroups"] = new JsonArray(beyond.Select(g => g.DeepClone()).ToArray());
        var sibling = new WorkflowInstance
        {
            Id = Guid.NewGuid(), DefinitionId = instance.DefinitionId, DefinitionVersion = instance.DefinitionVersion, UnitId = instance.UnitId,
            OriginUnitId = instance.OriginUnitId, InitiatorId = instance.InitiatorId, StepId = authority.Covered!, Status = InstanceStatus.Running,
            Title = $"{instance.Title} (thuộc thẩm quyền {unit.Name})", DataJson = siblingData.ToJsonString(), CreatedAt = transition.Now, UpdatedAt = transition.Now,
        };
        context.Instances.Add(sibling);
        var titles = string.Join(", ", covered.Select(g => (string?)g["title"]).Distinct());
        History("system", null, instance.UnitId, authority.Id, "split", $"Quyết định tại {unit.Name}: {titles}", null);
        var runner = new TransitionRunner(context, assignments, definition, sibling, transition, awardRules, renderer, ct);
        runner.History("system", null, instance.UnitId, authority.Id, "split-from", instance.Id.ToString(), null);
        await runner.PrepareDecisionAsync(definition.Step(authority.Covered!));
        await runner.EnterAsync(authority.Covered!);
        runner.Result();
        _created.AddRange(runner._created);
    }

    private IEnumerable<string> RequestedTitles() =>
        CandidateGroups().Select(g => (string?)g["title"]).OfType<string>().Distinct();

    private IEnumerable<JsonObject> CandidateGroups() =>
        (CarriedRole is { } role && _data[role] is JsonObject document && document["awardGroups"] is JsonArray groups ? groups : [])
            .OfType<JsonObject>().Where(g => g["members"] is JsonArray { Count: > 0 });

    /// <summary>Records one member's ballots; when every member has voted, tallies against each title's threshold.</summary>
    private async Task VoteAsync(WorkflowTask task, StepDefinition step, TaskCommand command)
    {
        var candidates = CandidateGroups().SelectMany(g => (g["members"] as JsonArray ?? []).OfType<JsonObject>().Select(m => (string)m["name"]!)).ToList();
        var votes = command.Votes ?? throw new ActionNotAllowedException("A vote needs one choice per candidate.", "Hãy biểu quyết cho từng người được đề nghị.");
        var missing = candidates.Where(c => !votes.ContainsKey(c)).ToList();
        if (missing.Count > 0)
            throw new ActionNotAllowedException($"No vote for: {string.Join(", ", missing)}.", $"Chưa biểu quyết cho: {string.Join(", ", missing)}.");
        foreach (var candidate in candidates)
        {
            context.Ballots.Add(new CouncilBallot
            {
                InstanceId = instance.Id, StepId = step.Id, UserId = command.UserId, Candidate = candidate, Agree = votes[candidate], Written = command.Written,
            });
        }
        // The secretary's details of the meeting (time, place, attendees) may come with a vote.
        MergeDraft(command.Data);
        await CloseAsync(task, command.UserId, command.Written ? "vote-written" : TaskActions.Vote);
        History(command.UserId, step.Assignee?.Role, task.UnitId, step.Id, command.Written ? "vote-written" : TaskActions.Vote, command.Comment, null);

        var stillOpen = await context.Tasks.CountAsync(t => t.InstanceId == instance.Id && t.StepId == step.Id && t.State == TaskState.Open && t.Id != task.Id, ct);
        if (stillOpen > 0) return;
        await TallyAsync(step, task.UnitId!);
        await RenderAsync(step.Document, strict: false, frozen: false);
        await EnterAsync(step.Next!);
    }

    private async Task TallyAsync(StepDefinition step, string councilUnitId)
    {
        var members = (await assignments.HoldersAsync(councilUnitId, step.Assignee!.Role, ct)).Count;
        // Earlier members' ballots come from the database, this member's are still only in the context.
        await context.Ballots.Where(b => b.InstanceId == instance.Id && b.StepId == step.Id).LoadAsync(ct);
        var ballots = context.Ballots.Local.Where(b => b.InstanceId == instance.Id && b.StepId == step.Id).ToList();
        var votes = CouncilTally.Count(CandidateGroups(), ballots, members, awardRules);
        // A title none of whose candidates passed leaves the list passed on.
        if (CarriedRole is { } carried && _data[carried]?["awardGroups"] is JsonArray all)
            foreach (var empty in all.OfType<JsonObject>().Where(g => g["members"] is JsonArray { Count: 0 }).ToList()) all.Remove(empty);
        var minutes = DocumentData(step.Document ?? "minutes");
        minutes[EngineWrittenFields.Votes] = votes;
        var council = minutes[EngineWrittenFields.Council] as JsonObject ?? [];
        CouncilTally.RecordAttendance(council, ballots, members);
        minutes[EngineWrittenFields.Council] = council;
    }
}
