using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Organisation;

/// <summary>
/// Writes an <see cref="OrganisationFile"/> into the database in one transaction. Importing the
/// same file again changes nothing. The file is authoritative for the level list and for the
/// roles of the users it lists; units, users and delegations missing from it are left alone
/// (they may be referenced by history or created in the web app).
/// </summary>
public static class OrganisationImporter
{
    /// <summary>Validates the whole file first (<see cref="OrganisationValidator"/>), then inserts or updates.</summary>
    /// <exception cref="OrganisationException">The file has problems; nothing was written.</exception>
    public static async Task ImportAsync(EmulationDocsDbContext db, OrganisationFile file, CancellationToken cancellationToken = default)
    {
        OrganisationValidator.ThrowIfInvalid(file);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ImportLevelsAsync(db, file.Levels, cancellationToken);
        await ImportUnitsAsync(db, file, cancellationToken);
        await ImportUsersAsync(db, file.Users, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await ImportRolesAsync(db, file.Users, cancellationToken);
        await ImportDelegationsAsync(db, file.Delegations ?? [], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task ImportLevelsAsync(EmulationDocsDbContext db, IReadOnlyList<string> levels, CancellationToken cancellationToken)
    {
        var existing = await db.Levels.ToDictionaryAsync(l => l.Name, cancellationToken);
        db.Levels.RemoveRange(existing.Values.Where(l => !levels.Contains(l.Name)));
        for (var rank = 0; rank < levels.Count; rank++)
        {
            if (existing.TryGetValue(levels[rank], out var level))
            {
                level.Rank = rank;
            }
            else
            {
                db.Levels.Add(new OrgLevel { Name = levels[rank], Rank = rank });
            }
        }
    }

    private static async Task ImportUnitsAsync(EmulationDocsDbContext db, OrganisationFile file, CancellationToken cancellationToken)
    {
        var entries = file.AllUnits().ToList();
        var ids = entries.Select(e => e.Unit.Id).ToList();
        var existing = await db.Units.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var (entry, parentId) in entries)
        {
            if (!existing.TryGetValue(entry.Id, out var unit))
            {
                unit = new OrgUnit { Id = entry.Id, Name = entry.Name, Level = entry.Level, Abbreviation = entry.Abbreviation, HeaderName = entry.HeaderName, Place = entry.Place };
                db.Units.Add(unit);
            }

            unit.Name = entry.Name;
            unit.Level = entry.Level;
            unit.ParentId = parentId;
            unit.Abbreviation = entry.Abbreviation;
            unit.HeaderName = entry.HeaderName;
            unit.Place = entry.Place;
            unit.Email = entry.Email;
            var aliases = (entry.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
            unit.Aliases = aliases.Count == 0 ? null : string.Join('\n', aliases);
        }
    }

    private static async Task ImportUsersAsync(EmulationDocsDbContext db, IReadOnlyList<UserEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.Id).ToList();
        var existing = await db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var entry in entries)
        {
            if (!existing.TryGetValue(entry.Id, out var user))
            {
                user = new User { Id = entry.Id, FullName = entry.FullName };
                db.Users.Add(user);
            }

            user.FullName = entry.FullName;
            user.Email = entry.Email;
            // Keep a hash that already matches: a fresh salt on every import would make re-imports rewrite rows.
            // Without a password in the file, a password set in the web app stays.
            if (entry.Password is not null && (user.PasswordHash is null || !PasswordHashing.Verify(user.PasswordHash, entry.Password)))
            {
                user.PasswordHash = PasswordHashing.Hash(entry.Password);
            }
        }
    }

    private static async Task ImportRolesAsync(EmulationDocsDbContext db, IReadOnlyList<UserEntry> entries, CancellationToken cancellationToken)
    {
        var ids = entries.Select(e => e.Id).ToList();
        var wanted = entries
            .SelectMany(e => (e.Roles ?? []).Select(r => new RoleAssignment { UserId = e.Id, UnitId = r.Unit, Role = r.Role, Title = r.Title }))
            .ToList();
        var existing = await db.RoleAssignments.Where(r => ids.Contains(r.UserId)).ToListAsync(cancellationToken);

        // Title is part of the row's identity here: a changed title replaces the row.
        var stale = existing.Where(r => !wanted.Any(w => SameAssignment(w, r))).ToList();
        var kept = existing.Except(stale).ToList();
        // Deletes are saved first: a replaced row has the same (user, unit, role) unique key as its replacement.
        db.RoleAssignments.RemoveRange(stale);
        await db.SaveChangesAsync(cancellationToken);

        db.RoleAssignments.AddRange(wanted.Where(w => !kept.Any(r => SameAssignment(w, r))));
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task ImportDelegationsAsync(EmulationDocsDbContext db, IReadOnlyList<DelegationEntry> entries, CancellationToken cancellationToken)
    {
        var fromIds = entries.Select(e => e.From).Distinct().ToList();
        var existing = await db.Delegations.Where(d => fromIds.Contains(d.FromUserId)).ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            var delegation = new Delegation
            {
                FromUserId = entry.From,
                DelegateId = entry.Delegate,
                UnitId = entry.Unit,
                Role = entry.Role,
                Prefix = entry.Prefix,
                ValidFrom = Delegation.AsUtc(entry.ValidFrom),
                ValidTo = Delegation.AsUtc(entry.ValidTo),
            };
            if (!existing.Any(d => SameDelegation(d, delegation)))
            {
                db.Delegations.Add(delegation);
                existing.Add(delegation);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool SameAssignment(RoleAssignment a, RoleAssignment b) =>
        a.UserId == b.UserId && a.UnitId == b.UnitId && a.Role == b.Role && a.Title == b.Title;

    private static bool SameDelegation(Delegation a, Delegation b) =>
        a.FromUserId == b.FromUserId && a.DelegateId == b.DelegateId && a.UnitId == b.UnitId && a.Role == b.Role
        && a.Prefix == b.Prefix && a.ValidFrom == b.ValidFrom && a.ValidTo == b.ValidTo;
}
