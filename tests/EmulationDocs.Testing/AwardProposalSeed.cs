using System.Text.Json.Nodes;

namespace EmulationDocs.Testing;

/// <summary>
/// The award-proposal scenario of the demo organisation (samples/scenarios/award-proposal.json): Trường THCS Trực Đại →
/// xã Trực Đại → huyện Trực Ninh → tỉnh Nam Định, and who acts at each step.
/// </summary>
public static class AwardProposalSeed
{
    public const string SchoolClerk = "thuky.thcstrucdai";
    public const string School = "thcs-truc-dai";

    public static JsonObject Scenario() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "scenarios", "award-proposal.json")))!.AsObject();

    /// <summary>The school's Tờ trình as the scenario starts it.</summary>
    public static JsonObject Submission() => Scenario()["steps"]![0]!["data"]!["submission"]!.DeepClone().AsObject();
}
