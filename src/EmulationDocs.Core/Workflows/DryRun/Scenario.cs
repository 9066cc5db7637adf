using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EmulationDocs.Core.Workflows.DryRun;

/// <summary>
/// A dry run for definition authors (<c>samples/scenarios/*.json</c>): which definition, which
/// organisation, and who does what, in order. Paths are relative to the repository root.
/// </summary>
public sealed record Scenario(string Name, string Definition, string Organisation, IReadOnlyList<ScenarioStep> Steps, ScenarioExpectation? Expect = null)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Scenario Parse(string json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<Scenario>(json, Options) ?? throw new FormatException($"{source}: empty scenario.");
        }
        catch (JsonException ex)
        {
            throw new FormatException($"{source}: {ex.Message}", ex);
        }
    }
}

/// <summary>
/// One action: <c>start</c> (with <see cref="Unit"/>, <see cref="Title"/>, <see cref="Data"/>) or a task
/// action (submit, approve, return, reject, withdraw, sign, issue, vote) on the user's open task.
/// </summary>
public sealed record ScenarioStep(
    string User, string Action, string? Unit = null, string? Title = null, JsonObject? Data = null, string? Comment = null,
    string? ReturnTo = null, IReadOnlyDictionary<string, bool>? Votes = null, bool Written = false);

/// <summary>Where the instance must end up for the run to pass.</summary>
public sealed record ScenarioExpectation(string? Status = null, string? Step = null, string? Unit = null);
