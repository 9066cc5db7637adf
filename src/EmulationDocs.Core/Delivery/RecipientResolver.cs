using EmulationDocs.Core.Organisation;

namespace EmulationDocs.Core.Delivery;

/// <summary>One recipient of an issued document: the line it came from and the unit it names (null: no unit matched).</summary>
public sealed record ResolvedRecipient(string Line, OrgUnit? Unit);

/// <summary>
/// Turns Nơi nhận lines into recipient units through the address book (the organisation's units):
/// <list type="bullet">
/// <item>"Lưu: …" (the issuing body's own file copy) is never mailed and not listed.</item>
/// <item>"Như trên" (any note after it) stands for the Kính gửi addressees, each resolved by the rules below.</item>
/// <item>A line equal to a unit's name or one of its aliases (see <see cref="VietnameseNames"/>; a leading title such as
/// "Chủ tịch" or "Thủ trưởng" is ignored) names that unit.</item>
/// <item>A group line, "các" followed by kinds of unit ("UBND các xã, thị trấn", "UBND các huyện,
/// thành phố", "Các phòng, ban, ngành"), names every unit of the matching level below the issuing
/// unit: <see cref="GroupTerms"/> maps each kind to a level; for the lowest level (offices, schools)
/// only the issuing unit's direct children count, so a district's "các cơ quan" is not every school
/// of every commune.</item>
/// <item>Anything else is kept with no unit: shown as "không có địa chỉ", never an error.</item>
/// </list>
/// Each unit gets one message however many lines name it; the issuing unit never mails itself.
/// </summary>
public sealed class RecipientResolver(IReadOnlyList<OrgUnit> units, IReadOnlyCollection<string> levelsTopDown)
{
    /// <summary>Kinds of unit as written after "các", and the level each means.</summary>
    public static readonly IReadOnlyDictionary<string, string> GroupTerms = new Dictionary<string, string>
    {
        ["xã"] = "commune", ["phường"] = "commune", ["thị trấn"] = "commune", ["đặc khu"] = "commune",
        ["huyện"] = "district", ["quận"] = "district", ["thị xã"] = "district", ["thành phố"] = "district",
        ["cơ quan"] = "unit", ["đơn vị"] = "unit", ["phòng"] = "unit", ["sở"] = "unit", ["ban"] = "unit", ["ngành"] = "unit", ["trường"] = "unit",
    };

    private static readonly string[] Titles = ["chủ tịch", "thủ trưởng", "giám đốc", "lãnh đạo", "trưởng"];

    private readonly ILookup<string, OrgUnit> _byName = units
        .SelectMany(u => u.AliasList.Prepend(u.Name).Select(name => (Key: VietnameseNames.Key(name), Unit: u)))
        .DistinctBy(x => (x.Key, x.Unit.Id))
        .ToLookup(x => x.Key, x => x.Unit);

    public IReadOnlyList<ResolvedRecipient> Resolve(IEnumerable<string> recipientLines, IEnumerable<string> addressees, string issuingUnitId)
    {
        var result = new List<ResolvedRecipient>();
        var seen = new HashSet<string> { issuingUnitId };
        var addresseeList = addressees.ToList();
        foreach (var raw in recipientLines)
        {
            var line = raw.Normalize().Trim().TrimStart('-').Trim().TrimEnd(';', ',', '.').Trim();
            if (line.Length == 0 || IsFileCopy(line)) continue;
            var lines = IsAsAbove(line) ? addresseeList.Select(a => a.Normalize().Trim().TrimEnd(';', ',', '.')) : [line];
            foreach (var named in lines)
            {
                var matched = Match(named, issuingUnitId);
                if (matched.Count == 0) result.Add(new ResolvedRecipient(named, null));
                foreach (var unit in matched.Where(u => seen.Add(u.Id))) result.Add(new ResolvedRecipient(named, unit));
            }
        }
        return result;
    }

    /// <summary>"Lưu: VT, NV", "Lưu VT": the issuing body's own copies.</summary>
    private static bool IsFileCopy(string line) =>
        line.StartsWith("Lưu:", StringComparison.OrdinalIgnoreCase) || line.StartsWith("Lưu ", StringComparison.OrdinalIgnoreCase);

    private static bool IsAsAbove(string line) => VietnameseNames.Key(line) == VietnameseNames.Key("Như trên");

    private List<OrgUnit> Match(string line, string issuingUnitId)
    {
        var key = VietnameseNames.Key(line);
        if (_byName[key].ToList() is { Count: > 0 } exact) return exact;
        foreach (var title in Titles.Select(VietnameseNames.Key))
            if (key.StartsWith(title + " ", StringComparison.Ordinal) && _byName[key[(title.Length + 1)..]].ToList() is { Count: > 0 } titled)
                return titled;
        return Group(line, issuingUnitId);
    }

    private List<OrgUnit> Group(string line, string issuingUnitId)
    {
        var lower = line.ToLowerInvariant();
        var at = lower.IndexOf("các ", StringComparison.Ordinal);
        if (at < 0) return [];
        var levels = new HashSet<string>();
        foreach (var part in lower[(at + 4)..].Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var kind = GroupTerms.Keys.Where(t => part.StartsWith(t, StringComparison.Ordinal)).MaxBy(t => t.Length);
            if (kind is not null) levels.Add(GroupTerms[kind]);
        }
        var lowest = levelsTopDown.LastOrDefault();
        var found = new List<OrgUnit>();
        foreach (var unit in Descendants(issuingUnitId).Where(u => levels.Contains(u.Level)))
            if (unit.Level != lowest || unit.ParentId == issuingUnitId) found.Add(unit);
        return found;
    }

    private IEnumerable<OrgUnit> Descendants(string unitId)
    {
        foreach (var child in units.Where(u => u.ParentId == unitId).OrderBy(u => u.Id))
        {
            yield return child;
            foreach (var below in Descendants(child.Id)) yield return below;
        }
    }
}
