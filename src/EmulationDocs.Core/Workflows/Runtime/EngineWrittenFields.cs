using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>A document field the engine writes at a step of a chain, with the kind of step that writes it.</summary>
/// <param name="Path">Dotted path in the document's data (<c>signature</c>, <c>council.present</c>).</param>
public sealed record EngineWrittenField(string Path, string StepKind)
{
    /// <summary>
    /// Written when the document is signed, issued or voted on: the clerk never types it. Aggregated figures are different:
    /// the same chain aggregates at one level and has them typed at another.
    /// </summary>
    public bool IsNeverTyped => StepKind is StepKinds.Signing or StepKinds.Issuing or StepKinds.CouncilVote;
}

/// <summary>
/// The document fields the engine fills itself (signer at signing, number, symbol and date at issuing, votes and attendance
/// at a council vote, figures at an aggregation): forms leave them to the engine and a draft is complete without them.
/// </summary>
public static class EngineWrittenFields
{
    public const string Signature = "signature";
    public const string Number = "number";
    public const string Symbol = "symbol";
    public const string Date = "date";
    public const string Votes = "votes";
    public const string Council = "council";
    public const string Figures = "figures";

    private static readonly IReadOnlyDictionary<string, string[]> ByStepKind = new Dictionary<string, string[]>
    {
        [StepKinds.Signing] = [Signature],
        [StepKinds.Issuing] = [Number, Symbol, Date],
        [StepKinds.CouncilVote] = [Votes, $"{Council}.totalMembers", $"{Council}.present", $"{Council}.writtenVotes"],
        [StepKinds.Aggregation] = [Figures],
    };

    /// <summary>The fields the steps of <paramref name="definition"/> write into its document <paramref name="documentRole"/>.</summary>
    public static IReadOnlyList<EngineWrittenField> For(WorkflowDefinition definition, string documentRole) =>
        definition.Steps.Where(s => s.Document == documentRole && ByStepKind.ContainsKey(s.Kind))
            .SelectMany(s => ByStepKind[s.Kind].Select(path => new EngineWrittenField(path, s.Kind)))
            .DistinctBy(f => f.Path).ToList();
}
