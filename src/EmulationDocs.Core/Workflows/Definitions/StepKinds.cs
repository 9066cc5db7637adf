namespace EmulationDocs.Core.Workflows.Definitions;

/// <summary>What a step does. Human steps create tasks; the others run by themselves.</summary>
public static class StepKinds
{
    /// <summary>A clerk writes or revises the document (actions: submit, withdraw).</summary>
    public const string Drafting = "drafting";
    /// <summary>A role at a unit reviews (approve, return for revision, reject).</summary>
    public const string Review = "review";
    /// <summary>Every council member votes per candidate; thresholds per award title decide.</summary>
    public const string CouncilVote = "council-vote";
    /// <summary>The signer signs; the authority line and signer are written into the document.</summary>
    public const string Signing = "signing";
    /// <summary>The registry assigns number, symbol and date; the document is frozen.</summary>
    public const string Issuing = "issuing";
    /// <summary>The issued document goes to its recipients (automatic).</summary>
    public const string Distribution = "distribution";
    /// <summary>The proposal moves to another unit (usually the parent), which carries on with its own documents (automatic).</summary>
    public const string Forwarding = "forwarding";
    /// <summary>Branches on whether the current level may grant every title asked for (automatic).</summary>
    public const string Authority = "authority";
    /// <summary>
    /// Sums the figures of the reports issued for the same year by the units below the instance's
    /// unit at the <c>sources</c> level (a district consolidating its communes' reports) (automatic).
    /// </summary>
    public const string Aggregation = "aggregation";
    /// <summary>The instance is complete.</summary>
    public const string End = "end";

    public static IReadOnlySet<string> Human { get; } = new HashSet<string>([Drafting, Review, CouncilVote, Signing, Issuing]);

    public static IReadOnlySet<string> All { get; } = new HashSet<string>([Drafting, Review, CouncilVote, Signing, Issuing, Distribution, Forwarding, Authority, Aggregation, End]);
}
