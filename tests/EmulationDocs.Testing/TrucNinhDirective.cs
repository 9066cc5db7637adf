using System.Text.Json.Nodes;

namespace EmulationDocs.Testing;

/// <summary>
/// Seed 002 (a provincial Chỉ thị) adapted to the district of Trực Ninh of the demo organisation, and
/// the demo users who draft, review, sign and issue it there.
/// </summary>
public static class TrucNinhDirective
{
    public const string Clerk = "chuyenvien.noivu.trucninh";
    public const string Head = "truongphong.noivu.trucninh";
    public const string Chairman = "chutich.trucninh";
    public const string Registry = "vanthu.trucninh";

    /// <summary>A clerk of a commune, not of the district: must not see the district's documents.</summary>
    public const string OtherCommuneClerk = "vanhoa.trucdai";

    /// <summary>The data without what the registry and the chairman add later (number, symbol, date, signature).</summary>
    public static JsonObject Data()
    {
        var seed = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "seed-002.json")))!["data"]!.AsObject().DeepClone().AsObject();
        seed.Remove("number");
        seed.Remove("symbol");
        seed.Remove("date");
        seed.Remove("signature");
        seed["issuingBody"] = "ỦY BAN NHÂN DÂN\nHUYỆN TRỰC NINH";
        seed["place"] = "Trực Ninh";
        seed["year"] = 2022;
        return seed;
    }
}
