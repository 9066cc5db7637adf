using EmulationDocs.Core.Organisation;

namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>Checks a parsed definition and collects every problem, so one load reports them all.</summary>
internal sealed class DefinitionValidator(IReadOnlySet<string> templateNames, IReadOnlyCollection<string>? levels)
{
    public IReadOnlyList<DefinitionProblem> Check(WorkflowDefinition definition, string source)
    {
        var problems = new List<DefinitionProblem>();
        void Definition(string property, string description) => problems.Add(new(source, null, property, description));

        if (definition.Version < 1)
        {
            Definition("version", $"must be 1 or more, not {definition.Version}.");
        }
        foreach (var (role, template) in definition.Documents)
        {
            if (!templateNames.Contains(template))
            {
                Definition($"documents.{role}", $"unknown template '{template}'; known templates: {string.Join(", ", templateNames.Order())}.");
            }
        }
        foreach (var duplicate in definition.Steps.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            problems.Add(new(source, duplicate.Key, "id", $"the id is used by {duplicate.Count()} steps."));
        }

        var stepIds = definition.Steps.Select(s => s.Id).ToHashSet();
        if (!stepIds.Contains(definition.Start))
        {
            Definition("start", $"names unknown step '{definition.Start}'.");
        }
        foreach (var step in definition.Steps)
        {
            CheckStep(step, definition, stepIds, (property, description) => problems.Add(new(source, step.Id, property, description)));
        }
        CheckPaths(definition, problems, source);
        return problems;
    }

    private void CheckStep(StepDefinition step, WorkflowDefinition definition, HashSet<string> stepIds, Action<string, string> problem)
    {
        void StepReference(string property, string? target)
        {
            if (target is not null && !stepIds.Contains(target))
            {
                problem(property, $"names unknown step '{target}'.");
            }
        }
        StepReference("next", step.Next);
        StepReference("covered", step.Covered);
        StepReference("otherwise", step.Otherwise);
        foreach (var target in step.ReturnTo)
        {
            StepReference("returnTo", target);
        }

        if (step.Document is not null && !definition.Documents.ContainsKey(step.Document))
        {
            problem("document", $"document role '{step.Document}' is not declared in 'documents'.");
        }
        if (step.Due is not null && !IsPositiveDuration(step.Due))
        {
            problem("due", $"'{step.Due}' is not a positive ISO 8601 duration such as P3D or PT12H.");
        }
        if (step.When is { } when)
        {
            if (step.Next is null)
            {
                problem("next", "a step with 'when' needs 'next': that is where the chain goes when the step does not apply.");
            }
            if (when.UnitHasRole is not null && !Roles.All.Contains(when.UnitHasRole))
            {
                problem("when.unitHasRole", UnknownRole(when.UnitHasRole));
            }
            foreach (var level in (when.Levels ?? []).Where(l => levels is not null && !levels.Contains(l)))
            {
                problem("when.levels", $"unknown level '{level}'; known levels: {string.Join(", ", levels!)}.");
            }
        }

        if (!StepKinds.All.Contains(step.Kind))
        {
            problem("kind", $"unknown step kind '{step.Kind}'; known kinds: {string.Join(", ", StepKinds.All)}.");
            return;
        }
        CheckAssignee(step, problem);
        CheckDeadline(step, problem);
        CheckWayOn(step, problem);
        CheckKindProperties(step, problem);
    }

    private void CheckAssignee(StepDefinition step, Action<string, string> problem)
    {
        if (!StepKinds.Human.Contains(step.Kind))
        {
            return;
        }
        if (step.Assignee is null)
        {
            problem("assignee", $"a {step.Kind} step is done by people and needs an assignee (role and unit).");
            return;
        }
        if (!Roles.All.Contains(step.Assignee.Role))
        {
            problem("assignee.role", UnknownRole(step.Assignee.Role));
        }
        if (UnitSelector.Check(step.Assignee.Unit, levels) is { } unitProblem)
        {
            problem("assignee.unit", unitProblem);
        }
    }

    /// <summary><c>remind</c> and <c>escalateTo</c> only mean something for human steps with a <c>due</c> time.</summary>
    private void CheckDeadline(StepDefinition step, Action<string, string> problem)
    {
        if (step.Remind is null && step.EscalateTo is null)
        {
            return;
        }
        if (!StepKinds.Human.Contains(step.Kind))
        {
            problem(step.Remind is not null ? "remind" : "escalateTo", $"a {step.Kind} step creates no tasks, so it has no deadline to remind of or escalate.");
            return;
        }
        if (step.Due is null)
        {
            problem(step.Remind is not null ? "remind" : "escalateTo", "needs 'due': reminders and escalation are counted from the due time.");
        }
        if (step.Remind is not null)
        {
            var remind = IsoDuration.TryParsePositive(step.Remind);
            var due = step.Due is null ? null : IsoDuration.TryParsePositive(step.Due);
            if (remind is null)
            {
                problem("remind", $"'{step.Remind}' is not a positive ISO 8601 duration such as P1D or PT12H.");
            }
            else if (due is not null && remind >= due)
            {
                problem("remind", $"'{step.Remind}' before the due time is not shorter than 'due' ('{step.Due}'), so the reminder would come before the task exists.");
            }
        }
        if (step.EscalateTo is { } target)
        {
            if (!Roles.All.Contains(target.Role))
            {
                problem("escalateTo.role", UnknownRole(target.Role));
            }
            if (UnitSelector.Check(target.Unit, levels) is { } unitProblem)
            {
                problem("escalateTo.unit", unitProblem);
            }
        }
    }

    private static void CheckWayOn(StepDefinition step, Action<string, string> problem)
    {
        if (step.Kind == StepKinds.End)
        {
            return;
        }
        if (step.Kind == StepKinds.Authority)
        {
            if (step.Covered is null)
            {
                problem("covered", "an authority step needs 'covered': the step when this level may grant every title asked for.");
            }
            if (step.Otherwise is null)
            {
                problem("otherwise", "an authority step needs 'otherwise': the step when this level may not grant every title asked for.");
            }
        }
        else if (step.Next is null)
        {
            problem("next", $"a {step.Kind} step needs 'next' (only 'end' steps may stop; return and reject are extra ways, not the way on).");
        }
    }

    private void CheckKindProperties(StepDefinition step, Action<string, string> problem)
    {
        if (step.Kind == StepKinds.Issuing)
        {
            if (step.DocumentType is null)
            {
                problem("documentType", "an issuing step needs 'documentType' (e.g. \"CT\", \"TTr\"; \"\" for a công văn).");
            }
            else if (step.DocumentType.Length == 0 && string.IsNullOrWhiteSpace(step.DraftingOffice))
            {
                problem("draftingOffice", "issuing a công văn (documentType \"\") needs 'draftingOffice' for its symbol, e.g. \"NV\" in UBND-NV.");
            }
        }
        if (step.Kind == StepKinds.Aggregation)
        {
            if (step.Sources is not null && levels is not null && !levels.Contains(step.Sources))
            {
                problem("sources", $"unknown level '{step.Sources}'; known levels: {string.Join(", ", levels)}.");
            }
            if (step.Document is null)
            {
                problem("document", "an aggregation step needs 'document': the document whose 'figures' it fills.");
            }
        }
        if (step.Kind == StepKinds.Forwarding)
        {
            if (step.To is null)
            {
                problem("to", "a forwarding step needs 'to' ('parent' or 'level:<name>').");
            }
            else if (step.To == UnitSelector.Self)
            {
                problem("to", "a forwarding step cannot forward to 'self'.");
            }
            else if (UnitSelector.Check(step.To, levels) is { } toProblem)
            {
                problem("to", toProblem);
            }
        }
    }

    private static void CheckPaths(WorkflowDefinition definition, List<DefinitionProblem> problems, string source)
    {
        var stepIds = definition.Steps.Select(s => s.Id).ToHashSet();
        var graph = new StepGraph(definition.Steps);
        var reachable = graph.ReachableFrom(definition.Start);
        foreach (var step in definition.Steps.DistinctBy(s => s.Id))
        {
            if (!reachable.Contains(step.Id))
            {
                problems.Add(new(source, step.Id, "id", $"the step cannot be reached from the start step '{definition.Start}'."));
            }
            foreach (var target in step.ReturnTo.Where(t => stepIds.Contains(t) && !graph.Precedes(t, step.Id)))
            {
                problems.Add(new(source, step.Id, "returnTo", $"'{target}' is not an earlier step on a path to this step, so the document cannot be returned there."));
            }
        }
        if (!definition.Steps.Any(s => s.Kind == StepKinds.End && reachable.Contains(s.Id)))
        {
            problems.Add(new(source, null, "steps", "no 'end' step can be reached from the start step, so an instance could never complete."));
        }
    }

    private static string UnknownRole(string role) => $"unknown role '{role}'; known roles: {string.Join(", ", Roles.All)}.";

    private static bool IsPositiveDuration(string duration) => IsoDuration.TryParsePositive(duration) is not null;
}
