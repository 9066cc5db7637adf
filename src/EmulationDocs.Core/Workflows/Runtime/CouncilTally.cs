using System.Globalization;
using System.Text.Json.Nodes;
using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Counts a council's ballots against each title's threshold (of all members, absent ones
/// included): one vote row per candidate for the minutes, and each group left with the
/// candidates who passed.
/// </summary>
internal static class CouncilTally
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <returns>The minutes' <c>votes</c> rows; <paramref name="groups"/> keep only the candidates who passed.</returns>
    public static JsonArray Count(IEnumerable<JsonObject> groups, IReadOnlyCollection<CouncilBallot> ballots, int members, AwardRules rules)
    {
        var votes = new JsonArray();
        foreach (var group in groups)
        {
            var title = (string)group["title"]!;
            // Titles without a configured threshold need more than half of all members.
            var threshold = rules.Find(title)?.Threshold ?? new VoteThreshold(Agree: members / 2 + 1);
            var passed = new JsonArray();
            foreach (var member in (group["members"] as JsonArray ?? []).OfType<JsonObject>().ToList())
            {
                var name = (string)member["name"]!;
                var agree = ballots.Count(b => b.Candidate == name && b.Agree);
                var disagree = ballots.Count(b => b.Candidate == name && !b.Agree);
                var ok = threshold.IsMet(agree, members);
                votes.Add(new JsonObject
                {
                    ["candidate"] = name, ["unit"] = (string?)member["unit"] ?? "", ["title"] = title, ["agree"] = agree, ["disagree"] = disagree,
                    ["percent"] = members == 0 ? "0" : (agree * 100m / members).ToString("0.#", Vietnamese),
                    ["threshold"] = ThresholdText(threshold, members), ["passed"] = ok,
                });
                if (ok) passed.Add(member.DeepClone());
            }
            group["members"] = passed;
        }
        return votes;
    }

    /// <summary>The minutes' attendance: all members, those who voted in the meeting, those who voted in writing.</summary>
    public static void RecordAttendance(JsonObject council, IReadOnlyCollection<CouncilBallot> ballots, int members)
    {
        var written = ballots.Where(b => b.Written).Select(b => b.UserId).Distinct().Count();
        council["totalMembers"] = members;
        council["present"] = ballots.Select(b => b.UserId).Distinct().Count() - written;
        council["writtenVotes"] = written;
    }

    private static string ThresholdText(VoteThreshold threshold, int members) =>
        threshold.PercentOfAllMembers is { } percent ? $"{percent.ToString("0.##", CultureInfo.InvariantCulture)}%" : $"{threshold.Agree}/{members}";
}
