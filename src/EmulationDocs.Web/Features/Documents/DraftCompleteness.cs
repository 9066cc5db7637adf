using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EmulationDocs.Templating.Contracts;

namespace EmulationDocs.Web.Features.Documents;

/// <summary>A draft submitted ("Trình") while required fields are still empty: each one by its Vietnamese label.</summary>
public sealed class IncompleteDraftException(IReadOnlyList<string> missing)
    : Exception("Văn bản còn thiếu: " + string.Join("; ", missing) + ".")
{
    public IReadOnlyList<string> Missing { get; } = missing;
}

/// <summary>
/// What a draft still lacks before it may be submitted: the contract's missing or empty required fields, except those the
/// engine fills later in the chain (signer, number, date of issue, votes).
/// </summary>
public static partial class DraftCompleteness
{
    public static IReadOnlyList<string> Missing(DataContract contract, JsonObject data, FormContext context) =>
        contract.Validate(JsonSerializer.SerializeToElement(data))
            .Where(v => v.IsIncompleteness && !context.IsEngineWritten(Index().Replace(v.Path, "")))
            .Select(v => Label(contract.Fields, v.Path)).Distinct().ToList();

    public static void Require(DataContract contract, JsonObject data, FormContext context)
    {
        if (Missing(contract, data, context) is { Count: > 0 } missing) throw new IncompleteDraftException(missing);
    }

    /// <summary><c>awardGroups[1].members[0].name</c> → «Danh sách đề nghị khen thưởng (mục 2) › Danh sách (mục 1) › Họ và tên».</summary>
    private static string Label(IReadOnlyList<ContractField> fields, string path)
    {
        var parts = new List<string>();
        IReadOnlyList<ContractField>? level = fields;
        foreach (var segment in path.Split('.'))
        {
            var match = Segment().Match(segment);
            var field = level?.FirstOrDefault(f => f.Name == match.Groups["name"].Value);
            if (field is null)
            {
                parts.Add(segment);
                break;
            }
            parts.Add(match.Groups["index"].Success ? $"{field.Label} (mục {int.Parse(match.Groups["index"].Value) + 1})" : field.Label);
            level = field.Fields ?? field.Items?.Fields;
        }
        return string.Join(" › ", parts);
    }

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex Index();

    [GeneratedRegex(@"^(?<name>[^\[]+)(\[(?<index>\d+)\])?$")]
    private static partial Regex Segment();
}
