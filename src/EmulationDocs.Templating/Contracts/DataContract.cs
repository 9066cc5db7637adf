using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using EmulationDocs.Templating.Contracts.Validation;

namespace EmulationDocs.Templating.Contracts;

/// <summary>
/// The data a template needs: its fields with types, whether they are required, and form labels.
/// Serialised as <c>&lt;template&gt;.contract.json</c> beside the template (format in templates/README.md).
/// </summary>
/// <param name="Name">The template name, e.g. <c>directive</c>.</param>
/// <param name="Kind">The document kind code, e.g. <c>CT</c>; <c>CV</c> for a công văn.</param>
/// <param name="Fields">Top-level fields, in form order.</param>
public sealed record DataContract(string Name, string Kind, IReadOnlyList<ContractField> Fields)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // Labels are Vietnamese; keep them readable in the committed files instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    /// <summary>Parses a contract; an unusable one throws <see cref="FormatException"/> naming what is wrong.</summary>
    public static DataContract FromJson(string json)
    {
        DataContract? contract;
        try
        {
            contract = JsonSerializer.Deserialize<DataContract>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new FormatException($"The data contract is not valid JSON: {ex.Message}", ex);
        }
        if (contract?.Fields is null) throw new FormatException("A data contract is an object with a \"fields\" array.");
        ContractSchema.Check(contract.Fields, "");
        return contract;
    }

    public static DataContract Load(string path) => FromJson(File.ReadAllText(path));

    /// <summary>Every violation of the contract by <paramref name="data"/>, in field order; empty when valid.</summary>
    public IReadOnlyList<ContractViolation> Validate(JsonElement data) => ContractValidator.Validate(Fields, data);

    /// <summary>The data with absent optional fields, at every depth, set to null, so strict rendering accepts them.</summary>
    public JsonElement WithDefaults(JsonElement data) => ContractDefaults.Apply(Fields, data);
}
