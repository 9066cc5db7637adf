using EmulationDocs.Core.Organisation.Audit;
using EmulationDocs.Core.Organisation.Passwords;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace EmulationDocs.Core.Organisation.Accounts;

/// <summary>
/// Sign-in with a lockout counter, the security stamp every session carries, signing out everywhere, and a user's own
/// password change. The web app turns a successful sign-in into a cookie or a bearer token carrying the stamp.
/// </summary>
public sealed class AccountSessions(DatabaseFactory database, LockoutSettings lockout, TimeProvider? clock = null, ILogger<AccountSessions>? logger = null)
{
    private static readonly Lazy<string> DummyHash = new(() => PasswordHashing.Hash(Guid.NewGuid().ToString("N")));

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly ILogger _logger = logger ?? NullLogger<AccountSessions>.Instance;

    public LockoutSettings Lockout => lockout;

    public async Task<SignInOutcome> SignInAsync(string? userId, string? password, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(userId) || string.IsNullOrEmpty(password)) return new(SignInStatus.Failed);
        var id = userId.Trim();
        await using var db = database.Create();
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        // An unknown user (or one without a password) costs the same hash computation, so the answer time does not tell which ids exist.
        var matches = PasswordHashing.Verify(user?.PasswordHash ?? DummyHash.Value, password);
        var now = Now;
        if (user?.PasswordHash is null)
        {
            // The same statements as for a wrong password (they change no row here), so the time does not tell the ids apart either.
            await CountFailureAsync(db, id, now, ct);
            AccountLog.SignInUnknownUser(_logger, id);
            return new(SignInStatus.Failed);
        }
        if (user.LockedUntil is { } until && until > now)
        {
            AccountLog.SignInWhileLockedOut(_logger, user.Id, until);
            return new(SignInStatus.LockedOut);
        }
        if (!matches)
        {
            var (failures, lockedUntil) = await CountFailureAsync(db, user.Id, now, ct);
            if (lockedUntil is { } lockEnd)
            {
                AccountLog.LockedOut(_logger, user.Id, lockEnd, lockout.MaxFailedAttempts);
                return new(SignInStatus.LockedOut);
            }
            AccountLog.SignInFailed(_logger, user.Id, failures);
            return new(SignInStatus.Failed);
        }
        if (user.FailedSignIns != 0 || user.LockedUntil is not null)
            await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, 0).SetProperty(u => u.LockedUntil, (DateTime?)null), ct);
        if (user.SecurityStamp.Length == 0)
        {
            // Accounts migrated from before stamps existed get theirs at their first sign-in (the first of parallel ones wins).
            var stamp = Guid.NewGuid().ToString("N");
            await db.Users.Where(u => u.Id == user.Id && u.SecurityStamp == "").ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), ct);
            user.SecurityStamp = await db.Users.Where(u => u.Id == user.Id).Select(u => u.SecurityStamp).SingleAsync(ct);
        }
        AccountLog.SignInSucceeded(_logger, user.Id);
        return new(SignInStatus.Succeeded, user);
    }

    /// <summary>True while <paramref name="stamp"/> is the account's current security stamp (the session has not been ended).</summary>
    public async Task<bool> IsCurrentAsync(string? userId, string? stamp, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp)) return false;
        await using var db = database.Create();
        return await db.Users.AnyAsync(u => u.Id == userId && u.SecurityStamp == stamp && u.PasswordHash != null, ct);
    }

    /// <summary>Ends every cookie and token of the account, on every node.</summary>
    public async Task SignOutEverywhereAsync(string userId, CancellationToken ct = default)
    {
        await using var db = database.Create();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null) return;
        user.RotateSecurityStamp();
        await db.SaveChangesAsync(ct);
        AccountLog.SignedOut(_logger, userId);
    }

    /// <summary>
    /// The user's own new password, checked against the policy; it ends every other session (the stamp changes) and
    /// clears <see cref="User.MustChangePassword"/>.
    /// </summary>
    /// <returns>The user with the new stamp, for the caller to issue its session again.</returns>
    /// <exception cref="OrganisationException">The current password is wrong or the new one is refused.</exception>
    public async Task<User> ChangePasswordAsync(string userId, string? currentPassword, string? newPassword, string? confirmation, CancellationToken ct = default)
    {
        await using var db = database.Create();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        var english = new List<string>();
        var vietnamese = new List<string>();
        var currentWrong = user?.PasswordHash is null || !PasswordHashing.Verify(user.PasswordHash, currentPassword ?? "");
        if (currentWrong)
        {
            english.Add("The current password is wrong.");
            vietnamese.Add("Mật khẩu hiện tại không đúng.");
        }
        if (newPassword != confirmation)
        {
            english.Add("The confirmation differs from the new password.");
            vietnamese.Add("Hai lần nhập mật khẩu mới không khớp nhau.");
        }
        else if (newPassword == currentPassword)
        {
            english.Add("The new password equals the current one.");
            vietnamese.Add("Mật khẩu mới phải khác mật khẩu hiện tại.");
        }
        foreach (var problem in PasswordPolicy.Check(newPassword, userId))
        {
            english.Add(problem.Message);
            vietnamese.Add(problem.UserMessage);
        }
        if (english.Count > 0)
        {
            if (currentWrong && user is not null) await CountWrongCurrentPasswordAsync(db, user, ct);
            await transaction.CommitAsync(ct);
            AccountLog.PasswordChangeRefused(_logger, userId, string.Join(" ", english));
            throw new OrganisationException(english.Select(p => $"The password of '{userId}' cannot be changed: {p}").ToList(), string.Join('\n', vietnamese));
        }
        user!.PasswordHash = PasswordHashing.Hash(newPassword!);
        user.MustChangePassword = false;
        user.RotateSecurityStamp();
        db.Audit.Add(new AuditEntry { At = Now, ActorId = userId, Action = AuditActions.PasswordChanged, UserId = userId });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        AccountLog.PasswordChanged(_logger, userId);
        return user;
    }

    /// <summary>
    /// A wrong current password on the change form counts like a wrong sign-in, so that a stolen session cannot guess
    /// without limit; the lock also ends the session (the stamp changes), as the sign-in would be refused.
    /// </summary>
    private async Task CountWrongCurrentPasswordAsync(EmulationDocsDbContext db, User user, CancellationToken ct)
    {
        var (_, lockedUntil) = await CountFailureAsync(db, user.Id, Now, ct);
        if (lockedUntil is not { } lockEnd) return;
        var stamp = Guid.NewGuid().ToString("N");
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, stamp), ct);
        AccountLog.LockedOut(_logger, user.Id, lockEnd, lockout.MaxFailedAttempts);
    }

    /// <returns>The failures counted so far, and the end of the lock when this failure locked the account.</returns>
    private async Task<(int Failures, DateTime? LockedUntil)> CountFailureAsync(EmulationDocsDbContext db, string userId, DateTime now, CancellationToken ct)
    {
        // Counted in the database, not read-modify-write: parallel guesses each count.
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(s => s.SetProperty(u => u.FailedSignIns, u => u.FailedSignIns + 1), ct);
        var until = now + lockout.Duration;
        var lockedNow = await db.Users.Where(u => u.Id == userId && u.FailedSignIns >= lockout.MaxFailedAttempts)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockedUntil, until).SetProperty(u => u.FailedSignIns, 0), ct) > 0;
        var failures = await db.Users.Where(u => u.Id == userId).Select(u => u.FailedSignIns).FirstOrDefaultAsync(ct);
        return (failures, lockedNow ? until : null);
    }

    private DateTime Now => _clock.GetUtcNow().UtcDateTime;
}
