namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>
/// An approval chain as data (<c>workflows/*.json</c>). Versioned: publishing a new version
/// leaves running instances on the version they started with.
/// </summary>
/// <param name="Id">Stable id, e.g. <c>award-proposal</c>.</param>
/// <param name="Version">Version number, 1 and up.</param>
/// <param name="Name">Vietnamese name shown to users.</param>
/// <param name="Start">Id of the first step.</param>
/// <param name="Documents">Document roles of this chain and the template each uses, e.g. <c>submission → award-submission</c>.</param>
/// <param name="Steps">The steps.</param>
public sealed record WorkflowDefinition(
    string Id, int Version, string Name, string Start, IReadOnlyDictionary<string, string> Documents, IReadOnlyList<StepDefinition> Steps)
{
    public StepDefinition Step(string id) =>
        Steps.FirstOrDefault(s => s.Id == id) ?? throw new InvalidOperationException($"Definition {Id} v{Version} has no step '{id}'.");
}

/// <summary>Who acts on a human step: a role at a unit located relative to the instance's unit.</summary>
/// <param name="Role">One of the organisation's roles (<c>clerk</c>, <c>head</c>, <c>council-member</c>…).</param>
/// <param name="Unit"><c>self</c>, <c>parent</c>, or <c>level:&lt;name&gt;</c> (nearest unit at that level, the unit itself included).</param>
public sealed record AssigneeRule(string Role, string Unit = "self");

/// <summary>When a step applies; a step whose condition fails is passed straight to its <c>next</c>.</summary>
/// <param name="UnitHasRole">The step's unit has at least one holder of this role (e.g. a council).</param>
/// <param name="Levels">The instance's unit is at one of these levels.</param>
public sealed record StepCondition(string? UnitHasRole = null, IReadOnlyList<string>? Levels = null);

/// <summary>One step of a chain; which properties matter depends on <see cref="Kind"/> (see <see cref="StepKinds"/>).</summary>
public sealed record StepDefinition
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    /// <summary>Vietnamese step name shown in inboxes.</summary>
    public string? Name { get; init; }

    public AssigneeRule? Assignee { get; init; }

    public string? Next { get; init; }

    /// <summary>Earlier steps a reviewer or signer may return the document to.</summary>
    public IReadOnlyList<string> ReturnTo { get; init; } = [];

    /// <summary>Document role (a key of <see cref="WorkflowDefinition.Documents"/>) this step renders.</summary>
    public string? Document { get; init; }

    /// <summary>Issuing: the type abbreviation in the symbol (<c>CT</c>, <c>TTr</c>, <c>QĐ</c>); empty for a công văn.</summary>
    public string? DocumentType { get; init; }

    /// <summary>
    /// Issuing a công văn (<see cref="DocumentType"/> empty): abbreviation of the drafting office that
    /// Decree 30 puts after the issuing body in the symbol (<c>NV</c> in <c>12/UBND-NV</c>); the
    /// organisation tree does not model offices inside a people's committee, so the chain names it.
    /// </summary>
    public string? DraftingOffice { get; init; }

    /// <summary>Issuing: <c>council</c> to number in the council's own series instead of the unit's.</summary>
    public string? Series { get; init; }

    /// <summary>Signing: authority line, e.g. "TM. ỦY BAN NHÂN DÂN"; a deputy signing gets "KT." instead.</summary>
    public string? Authority { get; init; }

    /// <summary>Forwarding: where the proposal goes (<c>parent</c> or <c>level:&lt;name&gt;</c>).</summary>
    public string? To { get; init; }

    /// <summary>Authority: the step when the current level may grant every title asked for.</summary>
    public string? Covered { get; init; }

    /// <summary>Authority: the step otherwise.</summary>
    public string? Otherwise { get; init; }

    /// <summary>Aggregation: the level of the units below whose issued reports are summed, e.g. <c>commune</c>; by default the level just below the instance's unit.</summary>
    public string? Sources { get; init; }

    public StepCondition? When { get; init; }

    /// <summary>Time allowed for the step's tasks, ISO 8601 (<c>P3D</c>); reminders and escalation follow it.</summary>
    public string? Due { get; init; }

    /// <summary>How long before the due time the assignee is reminded, ISO 8601 (<c>P1D</c>); half of <see cref="Due"/> when left out.</summary>
    public string? Remind { get; init; }

    /// <summary>
    /// Who is told, and gets a task of their own, when a task of this step is overdue; the unit selector is taken from the
    /// task's unit. When left out: <c>head</c> at the task's unit, or its <c>chairman</c> when the task is already the head's.
    /// </summary>
    public AssigneeRule? EscalateTo { get; init; }
}
