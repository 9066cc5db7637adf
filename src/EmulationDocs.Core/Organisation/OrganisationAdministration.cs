using System.Net.Mail;
using System.Text.RegularExpressions;
using EmulationDocs.Core.Organisation.Accounts;
using EmulationDocs.Core.Organisation.Audit;
using EmulationDocs.Core.Organisation.Passwords;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Organisation;

/// <summary>A unit to create under <see cref="ParentId"/>; <see cref="Aliases"/> are other names the address book matches.</summary>
public sealed record NewUnit(
    string Id, string ParentId, string Level, string Name, string HeaderName, string Abbreviation, string Place, string? Email,
    IReadOnlyList<string>? Aliases = null);

/// <summary>What an administrator may change on a unit: everything but its id, level and place in the tree.</summary>
public sealed record UnitDetails(string Name, string HeaderName, string Abbreviation, string Place, string? Email, IReadOnlyList<string>? Aliases = null);

/// <summary>A new user account with its initial password (stored hashed).</summary>
public sealed record NewUser(string Id, string FullName, string? Email, string Password);

/// <summary>A role at a unit with the title printed under the signature (empty for roles that never sign).</summary>
public sealed record RoleGrant(string UnitId, string Role, string? Title = null);

/// <summary>A delegation to create; <see cref="ValidTo"/> is exclusive, both are taken as UTC like the organisation file's.</summary>
public sealed record NewDelegation(string FromUserId, string DelegateId, string UnitId, string Role, string Prefix, DateTime ValidFrom, DateTime ValidTo);

/// <summary>
/// The commands of the administration pages and API: units, users, roles and delegations. Each command is one transaction
/// and checks everything first, so a refused command writes nothing; refusals are <see cref="OrganisationException"/>s
/// with every problem (English) and a Vietnamese <see cref="OrganisationException.UserMessage"/> of one line per problem.
/// Who may run a command is the caller's decision: every command names the unit it touches (a user's through the role
/// granted or held), so the caller checks that unit against the administrator's subtree. Nothing is deleted except a
/// revoked role: history refers to units, users and delegations. Every command is logged and written to the audit
/// history (<see cref="AuditEntry"/>) in its transaction, under the actor given by <see cref="ActingAs"/>.
/// </summary>
public sealed partial class OrganisationAdministration(DatabaseFactory database, TimeProvider? clock = null, ILogger<OrganisationAdministration>? logger = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<OrganisationAdministration>.Instance;
    private string _actorId = AuditActions.System;

    /// <summary>The same commands, recorded in the audit history and the log as done by <paramref name="actorId"/>.</summary>
    public OrganisationAdministration ActingAs(string actorId) => new(database, _clock, logger) { _actorId = actorId };

    public async Task CreateUnitAsync(NewUnit unit, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var problems = new Problems();
        if (!UnitIdPattern().IsMatch(unit.Id ?? ""))
            problems.Add($"Unit id '{unit.Id}' is not lowercase ASCII letters, digits and hyphens.",
                "Mã đơn vị chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ truc-dai), tối đa 64 ký tự.");
        else if (await db.Units.AnyAsync(u => u.Id == unit.Id, ct))
            problems.Add($"Unit id '{unit.Id}' is taken.", $"Đã có đơn vị mang mã '{unit.Id}'.");
        var parent = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unit.ParentId, ct);
        if (parent is null)
        {
            problems.Add($"There is no parent unit '{unit.ParentId}'.", $"Không tìm thấy đơn vị cấp trên '{unit.ParentId}'.");
        }
        else
        {
            var ranks = await db.Levels.AsNoTracking().ToDictionaryAsync(l => l.Name, l => l.Rank, ct);
            if (!ranks.TryGetValue(unit.Level ?? "", out var rank))
                problems.Add($"There is no level '{unit.Level}'.", "Hãy chọn cấp của đơn vị.");
            else if (ranks.TryGetValue(parent.Level, out var parentRank) && rank <= parentRank)
                problems.Add($"Level '{unit.Level}' is not below the parent's level '{parent.Level}'.",
                    $"Đơn vị trực thuộc phải ở cấp thấp hơn đơn vị cấp trên ({parent.Name}).");
        }
        CheckDetails(new UnitDetails(unit.Name, unit.HeaderName, unit.Abbreviation, unit.Place, unit.Email, unit.Aliases), problems);
        problems.ThrowIfAny($"Unit '{unit.Id}' cannot be created");

        var created = new OrgUnit
        {
            Id = unit.Id!, ParentId = parent!.Id, Level = unit.Level!, Name = "", Abbreviation = "", HeaderName = "", Place = "",
        };
        Apply(created, new UnitDetails(unit.Name, unit.HeaderName, unit.Abbreviation, unit.Place, unit.Email, unit.Aliases));
        db.Units.Add(created);
        Audit(db, AuditActions.UnitCreated, unitId: created.Id, detail: $"parent {created.ParentId}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.UnitCreated(_logger, _actorId, created.Id, created.ParentId!);
    }

    public async Task UpdateUnitAsync(string unitId, UnitDetails details, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == unitId, ct) ?? throw UnknownUnit(unitId);
        var problems = new Problems();
        CheckDetails(details, problems);
        problems.ThrowIfAny($"Unit '{unitId}' cannot be changed");
        Apply(unit, details);
        Audit(db, AuditActions.UnitChanged, unitId: unitId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.UnitChanged(_logger, _actorId, unitId);
    }

    /// <summary>Creates the user together with their first role, so that a new account is always inside some administrator's subtree.</summary>
    public async Task CreateUserAsync(NewUser user, RoleGrant role, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var problems = new Problems();
        if (!UserIdPattern().IsMatch(user.Id ?? ""))
            problems.Add($"User id '{user.Id}' is not lowercase ASCII letters and digits separated by dots, hyphens or underscores.",
                "Tên đăng nhập chỉ gồm chữ thường không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (ví dụ chuyenvien.trucdai), tối đa 64 ký tự.");
        else if (await db.Users.AnyAsync(u => u.Id == user.Id, ct))
            problems.Add($"User id '{user.Id}' is taken.", $"Đã có người dùng mang tên đăng nhập '{user.Id}'.");
        CheckPerson(user.FullName, user.Email, problems);
        CheckPassword(user.Password, user.Id, problems);
        await CheckRoleAsync(db, role, problems, ct);
        problems.ThrowIfAny($"User '{user.Id}' cannot be created");

        db.Users.Add(new User { Id = user.Id!, FullName = user.FullName.Trim(), Email = Optional(user.Email), PasswordHash = PasswordHashing.Hash(user.Password) });
        db.RoleAssignments.Add(new RoleAssignment { UserId = user.Id!, UnitId = role.UnitId, Role = role.Role, Title = role.Title?.Trim() ?? "" });
        Audit(db, AuditActions.UserCreated, user.Id, role.UnitId, $"role {role.Role}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.UserCreated(_logger, _actorId, user.Id!, role.Role, role.UnitId);
    }

    public async Task UpdateUserAsync(string userId, string fullName, string? email, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw UnknownUser(userId);
        var problems = new Problems();
        CheckPerson(fullName, email, problems);
        problems.ThrowIfAny($"User '{userId}' cannot be changed");
        user.FullName = fullName.Trim();
        user.Email = Optional(email);
        Audit(db, AuditActions.UserChanged, userId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.UserChanged(_logger, _actorId, userId);
    }

    /// <summary>
    /// Sets a password the administrator knows: the user's sessions end, and at the next sign-in they must choose their own
    /// before anything else.
    /// </summary>
    public async Task ResetPasswordAsync(string userId, string password, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) ?? throw UnknownUser(userId);
        var problems = new Problems();
        CheckPassword(password, userId, problems);
        problems.ThrowIfAny($"The password of '{userId}' cannot be reset");
        user.PasswordHash = PasswordHashing.Hash(password);
        user.MustChangePassword = true;
        user.FailedSignIns = 0;
        user.LockedUntil = null;
        user.RotateSecurityStamp();
        Audit(db, AuditActions.PasswordReset, userId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.PasswordReset(_logger, _actorId, userId);
    }

    public async Task GrantRoleAsync(string userId, RoleGrant role, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await db.Users.AnyAsync(u => u.Id == userId, ct)) throw UnknownUser(userId);
        var problems = new Problems();
        await CheckRoleAsync(db, role, problems, ct);
        if (await db.RoleAssignments.AnyAsync(r => r.UserId == userId && r.UnitId == role.UnitId && r.Role == role.Role, ct))
            problems.Add($"User '{userId}' already holds role '{role.Role}' at '{role.UnitId}'.", "Người dùng đã giữ vai trò này tại đơn vị này.");
        problems.ThrowIfAny($"Role '{role.Role}' at '{role.UnitId}' cannot be granted to '{userId}'");
        db.RoleAssignments.Add(new RoleAssignment { UserId = userId, UnitId = role.UnitId, Role = role.Role, Title = role.Title?.Trim() ?? "" });
        Audit(db, AuditActions.RoleGranted, userId, role.UnitId, $"role {role.Role}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.RoleGranted(_logger, _actorId, role.Role, role.UnitId, userId);
    }

    /// <summary>
    /// Removes the role; delegations the user gave of it end now (future ones are cancelled), since a delegate cannot act
    /// in a role its holder no longer has. Tasks already assigned to the user stay theirs, like history. The user's
    /// sessions end, so nothing issued while they held the role outlives it.
    /// </summary>
    public async Task RevokeRoleAsync(string userId, string unitId, string role, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var assignment = await db.RoleAssignments.SingleOrDefaultAsync(r => r.UserId == userId && r.UnitId == unitId && r.Role == role, ct)
            ?? throw new OrganisationException([$"User '{userId}' does not hold role '{role}' at '{unitId}'."], "Người dùng không giữ vai trò này tại đơn vị này.");
        db.RoleAssignments.Remove(assignment);
        var now = Now;
        foreach (var delegation in await db.Delegations.Where(d => d.FromUserId == userId && d.UnitId == unitId && d.Role == role && d.ValidTo > now).ToListAsync(ct))
            End(delegation, now);
        if (await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct) is { } user) user.RotateSecurityStamp();
        Audit(db, AuditActions.RoleRevoked, userId, unitId, $"role {role}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.RoleRevoked(_logger, _actorId, role, unitId, userId);
    }

    /// <returns>The new delegation's id.</returns>
    public async Task<long> CreateDelegationAsync(NewDelegation delegation, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var problems = new Problems();
        var from = Delegation.AsUtc(delegation.ValidFrom);
        var to = Delegation.AsUtc(delegation.ValidTo);
        // Administration is never passed on: a delegate would administer a subtree nobody chose them for.
        if (delegation.Role == Roles.Administrator)
            problems.Add("The administrator role cannot be delegated.", "Không thể ủy quyền vai trò quản trị.");
        if (!await db.RoleAssignments.AnyAsync(r => r.UserId == delegation.FromUserId && r.UnitId == delegation.UnitId && r.Role == delegation.Role, ct))
            problems.Add($"'{delegation.FromUserId}' does not hold role '{delegation.Role}' at '{delegation.UnitId}'.",
                "Người ủy quyền không giữ vai trò này tại đơn vị này.");
        if (delegation.DelegateId == delegation.FromUserId)
            problems.Add("A user cannot delegate to themself.", "Người được ủy quyền phải khác người ủy quyền.");
        else if (!await db.Users.AnyAsync(u => u.Id == delegation.DelegateId, ct))
            problems.Add($"There is no user '{delegation.DelegateId}' to delegate to.", $"Không tìm thấy người được ủy quyền '{delegation.DelegateId}'.");
        if (!Delegation.Prefixes.Contains(delegation.Prefix ?? ""))
            problems.Add($"Prefix '{delegation.Prefix}' is not one of {string.Join(", ", Delegation.Prefixes)}.", "Hình thức ký phải là KT. hoặc TUQ.");
        if (to <= from)
            problems.Add($"validTo ({to:O}) is not after validFrom ({from:O}).", "Ngày kết thúc phải sau ngày bắt đầu.");
        else if (to <= Now)
            problems.Add($"The period ends in the past ({to:O}).", "Thời hạn ủy quyền đã qua.");
        problems.ThrowIfAny($"Delegation from '{delegation.FromUserId}' to '{delegation.DelegateId}' cannot be created");

        var created = new Delegation
        {
            FromUserId = delegation.FromUserId, DelegateId = delegation.DelegateId, UnitId = delegation.UnitId, Role = delegation.Role,
            Prefix = delegation.Prefix!, ValidFrom = from, ValidTo = to,
        };
        db.Delegations.Add(created);
        await db.SaveChangesAsync(ct);
        Audit(db, AuditActions.DelegationCreated, created.DelegateId, created.UnitId,
            $"delegation {created.Id} of role {created.Role} from {created.FromUserId} ({created.Prefix}) {from:O} to {to:O}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.DelegationCreated(_logger, _actorId, created.Id, created.Role, created.UnitId, created.FromUserId, created.DelegateId);
        return created.Id;
    }

    /// <summary>Ends a current delegation now, or cancels a future one (its period becomes empty; the row stays for history).</summary>
    public async Task EndDelegationAsync(long delegationId, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var delegation = await db.Delegations.SingleOrDefaultAsync(d => d.Id == delegationId, ct)
            ?? throw new OrganisationException([$"There is no delegation {delegationId}."], "Không tìm thấy ủy quyền này.");
        var now = Now;
        if (delegation.ValidTo <= now)
            throw new OrganisationException([$"Delegation {delegationId} has already ended."], "Ủy quyền này đã kết thúc.");
        End(delegation, now);
        Audit(db, AuditActions.DelegationEnded, delegation.DelegateId, delegation.UnitId, $"delegation {delegationId}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.DelegationEnded(_logger, _actorId, delegationId);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;

    private void Audit(EmulationDocsDbContext db, string action, string? userId = null, string? unitId = null, string? detail = null) =>
        db.Audit.Add(new AuditEntry { At = Now, ActorId = _actorId, Action = action, UserId = userId, UnitId = unitId, Detail = detail });

    private static void End(Delegation delegation, DateTime now) => delegation.ValidTo = delegation.ValidFrom > now ? delegation.ValidFrom : now;

    private static void CheckDetails(UnitDetails details, Problems problems)
    {
        foreach (var (field, value, label) in new[]
                 {
                     ("name", details.Name, "Tên đơn vị"), ("headerName", details.HeaderName, "Tên cơ quan in ở tiêu đề"),
                     ("abbreviation", details.Abbreviation, "Chữ viết tắt"), ("place", details.Place, "Địa danh"),
                 })
        {
            if (string.IsNullOrWhiteSpace(value)) problems.Add($"The {field} is empty.", $"{label} không được để trống.");
        }
        CheckEmail(details.Email, problems);
    }

    private static void CheckPerson(string? fullName, string? email, Problems problems)
    {
        if (string.IsNullOrWhiteSpace(fullName)) problems.Add("The full name is empty.", "Họ và tên không được để trống.");
        CheckEmail(email, problems);
    }

    private static void CheckEmail(string? email, Problems problems)
    {
        var address = Optional(email);
        // A bare address only: a display name ("Phòng Nội vụ <a@b>") would be sent as typed and confuse the address book.
        if (address is not null && !(MailAddress.TryCreate(address, out var parsed) && parsed.Address == address && address.Contains('.', StringComparison.Ordinal)))
            problems.Add($"'{address}' is not an e-mail address.", $"Địa chỉ e-mail '{address}' không hợp lệ.");
    }

    private static void CheckPassword(string? password, string? userId, Problems problems)
    {
        foreach (var problem in PasswordPolicy.Check(password, userId))
            problems.Add(problem.Message, problem.UserMessage);
    }

    private static async Task CheckRoleAsync(EmulationDocsDbContext db, RoleGrant role, Problems problems, CancellationToken ct)
    {
        if (!Roles.All.Contains(role.Role ?? ""))
            problems.Add($"'{role.Role}' is not a known role ({string.Join(", ", Roles.All.Order(StringComparer.Ordinal))}).", "Hãy chọn một vai trò trong danh sách.");
        if (!await db.Units.AnyAsync(u => u.Id == role.UnitId, ct))
            problems.Add($"There is no unit '{role.UnitId}'.", $"Không tìm thấy đơn vị '{role.UnitId}'.");
    }

    private static void Apply(OrgUnit unit, UnitDetails details)
    {
        unit.Name = details.Name.Trim();
        unit.HeaderName = details.HeaderName.Trim().ReplaceLineEndings("\n");
        unit.Abbreviation = details.Abbreviation.Trim();
        unit.Place = details.Place.Trim();
        unit.Email = Optional(details.Email);
        var aliases = (details.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        unit.Aliases = aliases.Count == 0 ? null : string.Join('\n', aliases);
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static OrganisationException UnknownUnit(string unitId) =>
        new([$"There is no unit '{unitId}'."], $"Không tìm thấy đơn vị có mã '{unitId}'.");

    private static OrganisationException UnknownUser(string userId) =>
        new([$"There is no user '{userId}'."], $"Không tìm thấy người dùng '{userId}'.");

    // At most 64 characters: ids appear in URLs, document keys and logs.
    [GeneratedRegex("^(?=.{1,64}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex UnitIdPattern();

    [GeneratedRegex("^(?=.{1,64}$)[a-z0-9]+([._-][a-z0-9]+)*$")]
    private static partial Regex UserIdPattern();

    /// <summary>Problems in both languages, thrown together.</summary>
    private sealed class Problems
    {
        private readonly List<string> _english = [];
        private readonly List<string> _vietnamese = [];

        public void Add(string english, string vietnamese)
        {
            _english.Add(english);
            _vietnamese.Add(vietnamese);
        }

        public void ThrowIfAny(string context)
        {
            if (_english.Count > 0) throw new OrganisationException(_english.Select(p => $"{context}: {p}").ToList(), string.Join('\n', _vietnamese));
        }
    }
}
