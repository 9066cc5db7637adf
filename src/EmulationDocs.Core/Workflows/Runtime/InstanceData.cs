using System.Text.Json.Nodes;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// An instance's data as one transition reads and changes it: an object per document role, plus what the engine keeps
/// for itself (the levels' data, see <see cref="LevelHandover"/>). Written back to the instance when the transition ends.
/// </summary>
internal sealed class InstanceData(WorkflowDefinition definition, string json)
{
    /// <summary>Fields the issuing unit's registry and signer write; the next level writes its own.</summary>
    public static readonly string[] IssuedFields = ["number", "date", "signature"];

    public JsonObject Root { get; } = JsonNode.Parse(json)?.AsObject() ?? [];

    /// <summary>The data of the document <paramref name="role"/>, created empty when the instance has none yet.</summary>
    public JsonObject Document(string role)
    {
        if (Root[role] is JsonObject existing) return existing;
        var created = new JsonObject();
        Root[role] = created;
        return created;
    }

    /// <summary>Merges a draft's fields (keyed by document role) into the documents.</summary>
    public void Merge(JsonObject? update)
    {
        if (update is null) return;
        foreach (var (role, value) in update)
        {
            if (value is JsonObject fields) DocumentMerge.Apply(Document(role), fields);
        }
    }

    /// <summary>
    /// The document that travels up the chain (the Tờ trình with its candidates, the report with its figures): the start
    /// step's document, else the first document that lists candidates.
    /// </summary>
    public string? CarriedRole =>
        definition.Step(definition.Start).Document
        ?? definition.Documents.Keys.FirstOrDefault(r => Root[r] is JsonObject d && d["awardGroups"] is JsonArray)
        ?? definition.Documents.Keys.FirstOrDefault();

    /// <summary>The carried document's award groups that still have candidates.</summary>
    public IEnumerable<JsonObject> CandidateGroups() =>
        (CarriedRole is { } role && Root[role] is JsonObject document && document["awardGroups"] is JsonArray groups ? groups : [])
            .OfType<JsonObject>().Where(g => g["members"] is JsonArray { Count: > 0 });

    public string ToJsonString() => Root.ToJsonString();
}
