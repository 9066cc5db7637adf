using EmulationDocs.Core.Workflows.Runtime;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>
/// What a generated form knows beyond the contract: the fields the engine writes into this document in its chain, and
/// vocabularies kept elsewhere (the award titles of award-rules.json). Paths are dotted, without list indices.
/// </summary>
public sealed record FormContext(IReadOnlyList<EngineWrittenField> EngineWritten, IReadOnlyDictionary<string, IReadOnlyList<string>> Vocabularies)
{
    public static FormContext None { get; } = new([], new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Written at signing, issuing or a council vote: shown as "điền khi ký/ban hành", never an input.</summary>
    public bool IsNeverTyped(string path) => EngineWritten.Any(f => f.IsNeverTyped && f.Path == path);

    /// <summary>The engine may fill it (or a field it lies in): a draft is complete without it.</summary>
    public bool IsEngineWritten(string path) => EngineWritten.Any(f => path == f.Path || path.StartsWith(f.Path + ".", StringComparison.Ordinal));

    public IReadOnlyList<string> Vocabulary(string path) => Vocabularies.GetValueOrDefault(path) ?? [];
}

/// <summary>Vietnamese words for the contracts' coded values (the kind of an award group).</summary>
public static class ChoiceLabels
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        ["individual"] = "Cá nhân",
        ["collective"] = "Tập thể",
    };

    public static string For(string value) => Labels.GetValueOrDefault(value, value);
}
