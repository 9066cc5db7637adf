namespace EmulationDocs.Core.Organisation;

/// <summary>
/// Checks an <see cref="OrganisationFile"/> as a whole before anything is written, collecting
/// every problem so that an administrator can fix the file in one pass.
/// </summary>
public static class OrganisationValidator
{
    /// <summary>Every problem of the file, in English; empty when it can be imported.</summary>
    public static IReadOnlyList<string> Problems(OrganisationFile file)
    {
        var problems = new List<string>();
        var ranks = LevelRanks(file.Levels, problems);
        var units = CheckUnits(file, ranks, problems);
        var held = CheckUsers(file.Users, units, problems);
        CheckDelegations(file.Delegations ?? [], held, problems);
        return problems;
    }

    /// <summary>Throws <see cref="OrganisationException"/> listing every problem, if there is any.</summary>
    public static void ThrowIfInvalid(OrganisationFile file)
    {
        var problems = Problems(file);
        if (problems.Count > 0)
        {
            throw new OrganisationException(
                problems,
                $"Tệp tổ chức có {problems.Count} lỗi nên chưa có dữ liệu nào được nhập. Hãy sửa tất cả các lỗi được liệt kê rồi nhập lại.");
        }
    }

    private static Dictionary<string, int> LevelRanks(IReadOnlyList<string> levels, List<string> problems)
    {
        if (levels.Count == 0)
        {
            problems.Add("The list of levels is empty.");
        }

        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var level in levels)
        {
            if (!ranks.TryAdd(level, ranks.Count))
            {
                problems.Add($"Level '{level}' is listed twice.");
            }
        }

        return ranks;
    }

    private static HashSet<string> CheckUnits(OrganisationFile file, Dictionary<string, int> ranks, List<string> problems)
    {
        var levelsText = string.Join(", ", ranks.Keys);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var levelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (unit, parentId) in file.AllUnits())
        {
            if (!ids.Add(unit.Id))
            {
                problems.Add($"Unit id '{unit.Id}' is used more than once.");
            }

            levelOf.TryAdd(unit.Id, unit.Level);
            foreach (var (field, value) in new[] { ("id", unit.Id), ("name", unit.Name), ("abbreviation", unit.Abbreviation), ("headerName", unit.HeaderName), ("place", unit.Place) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"Unit '{unit.Id}' has an empty {field}.");
                }
            }

            if (!ranks.TryGetValue(unit.Level, out var rank))
            {
                problems.Add($"Unit '{unit.Id}' is at level '{unit.Level}', which is not one of the levels ({levelsText}).");
            }
            else if (parentId is not null && ranks.TryGetValue(levelOf[parentId], out var parentRank) && rank <= parentRank)
            {
                problems.Add($"Unit '{unit.Id}' (level '{unit.Level}') is not below its parent '{parentId}' (level '{levelOf[parentId]}').");
            }
        }

        return ids;
    }

    /// <summary>Checks users and returns the (user, unit, role) triples they hold, for the delegation checks.</summary>
    private static HashSet<(string User, string Unit, string Role)> CheckUsers(IReadOnlyList<UserEntry> users, HashSet<string> units, List<string> problems)
    {
        var rolesText = string.Join(", ", Roles.All.Order(StringComparer.Ordinal));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var held = new HashSet<(string, string, string)>();
        foreach (var user in users)
        {
            if (string.IsNullOrWhiteSpace(user.Id))
            {
                problems.Add($"User '{user.FullName}' has an empty id.");
            }
            else if (!ids.Add(user.Id))
            {
                problems.Add($"User id '{user.Id}' is used more than once.");
            }

            if (user.Roles is not { Count: > 0 })
            {
                problems.Add($"User '{user.Id}' has no roles.");
                continue;
            }

            foreach (var role in user.Roles)
            {
                if (!Roles.All.Contains(role.Role))
                {
                    problems.Add($"User '{user.Id}' has role '{role.Role}', which is not a known role ({rolesText}).");
                }

                if (!units.Contains(role.Unit))
                {
                    problems.Add($"User '{user.Id}' has role '{role.Role}' at unit '{role.Unit}', which is not in the file.");
                }

                if (!held.Add((user.Id, role.Unit, role.Role)))
                {
                    problems.Add($"User '{user.Id}' has role '{role.Role}' at unit '{role.Unit}' more than once.");
                }
            }
        }

        return held;
    }

    private static void CheckDelegations(IReadOnlyList<DelegationEntry> delegations, HashSet<(string User, string Unit, string Role)> held, List<string> problems)
    {
        var users = held.Select(h => h.User).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < delegations.Count; i++)
        {
            var d = delegations[i];
            var name = $"Delegation {i + 1} ({d.From} to {d.Delegate}, {d.Role} at {d.Unit})";
            if (!users.Contains(d.Delegate))
            {
                problems.Add($"{name}: the delegate '{d.Delegate}' is not a user of the file.");
            }

            if (d.Delegate == d.From)
            {
                problems.Add($"{name}: a user cannot delegate to themself.");
            }

            if (!held.Contains((d.From, d.Unit, d.Role)))
            {
                problems.Add($"{name}: '{d.From}' does not hold role '{d.Role}' at unit '{d.Unit}'.");
            }

            if (!Delegation.Prefixes.Contains(d.Prefix))
            {
                problems.Add($"{name}: prefix '{d.Prefix}' is not one of {string.Join(", ", Delegation.Prefixes)}.");
            }

            if (d.ValidTo <= d.ValidFrom)
            {
                problems.Add($"{name}: validTo ({d.ValidTo:O}) is not after validFrom ({d.ValidFrom:O}).");
            }
        }
    }
}
