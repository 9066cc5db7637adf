using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Organisation.Accounts;
using EmulationDocs.Core.Organisation.Audit;
using EmulationDocs.Core.Persistence;
using EmulationDocs.Core.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace EmulationDocs.Core.Tests.Organisation;

/// <summary>Lockout, security stamps and the log and audit of account events, on both databases.</summary>
public sealed class AccountSessionsTests
{
    private const string Password = "Mat-Khau-Dung-2025";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero));
    private readonly RecordingLogger<AccountSessions> _log = new();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Wrong_passwords_guessed_in_parallel_all_count_and_lock_the_account(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddUserAsync(database.Factory, "canbo");
        var sessions = new AccountSessions(database.Factory, new LockoutSettings(), _clock, _log);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 18).Select(i => sessions.SignInAsync("canbo", $"doan-{i}")));

        Assert.DoesNotContain(outcomes, o => o.Status == SignInStatus.Succeeded);
        Assert.Contains(outcomes, o => o.Status == SignInStatus.LockedOut);
        Assert.Equal(SignInStatus.LockedOut, (await sessions.SignInAsync("canbo", Password)).Status);
        Assert.Contains(_log.Events, e => e.Id.Id == 5004 && (string?)e.Fields["UserId"] == "canbo");
        Assert.Contains(_log.Events, e => e.Id.Id == 5005);

        _clock.Advance(TimeSpan.FromMinutes(15));
        var signedIn = await sessions.SignInAsync("canbo", Password);
        Assert.Equal(SignInStatus.Succeeded, signedIn.Status);
        Assert.Contains(_log.Events, e => e.Id.Id == 5001 && (string?)e.Fields["UserId"] == "canbo");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Wrong_current_passwords_on_the_change_form_count_toward_the_lockout_and_end_the_session(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddUserAsync(database.Factory, "canbo");
        var sessions = new AccountSessions(database.Factory, new LockoutSettings(), _clock, _log);
        var stamp = (await sessions.SignInAsync("canbo", Password)).User!.SecurityStamp;

        // A stolen session must not become an unlimited password oracle through the change form.
        for (var i = 0; i < new LockoutSettings().MaxFailedAttempts; i++)
            await Assert.ThrowsAsync<OrganisationException>(() => sessions.ChangePasswordAsync("canbo", $"doan-{i}", "Mat-Khau-Moi-2026", "Mat-Khau-Moi-2026"));

        Assert.Equal(SignInStatus.LockedOut, (await sessions.SignInAsync("canbo", Password)).Status);
        Assert.False(await sessions.IsCurrentAsync("canbo", stamp));
        Assert.Contains(_log.Events, e => e.Id.Id == 5004 && (string?)e.Fields["UserId"] == "canbo");
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task A_reset_or_a_revoked_role_changes_the_stamp_and_both_are_logged_and_audited(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddUserAsync(database.Factory, "canbo");
        var sessions = new AccountSessions(database.Factory, new LockoutSettings(), _clock, _log);
        var adminLog = new RecordingLogger<OrganisationAdministration>();
        var administration = new OrganisationAdministration(database.Factory, _clock, adminLog).ActingAs("quantri");

        var first = (await sessions.SignInAsync("canbo", Password)).User!.SecurityStamp;
        Assert.True(await sessions.IsCurrentAsync("canbo", first));
        await administration.ResetPasswordAsync("canbo", "Dat-Lai-Mat-Khau-26");
        Assert.False(await sessions.IsCurrentAsync("canbo", first));

        var afterReset = (await sessions.SignInAsync("canbo", "Dat-Lai-Mat-Khau-26")).User!;
        Assert.True(afterReset.MustChangePassword);
        await administration.RevokeRoleAsync("canbo", "tinh", Roles.Clerk);
        Assert.False(await sessions.IsCurrentAsync("canbo", afterReset.SecurityStamp));

        Assert.Contains(adminLog.Events, e => e.Id.Id == 5010 && (string?)e.Fields["ActorId"] == "quantri" && (string?)e.Fields["UserId"] == "canbo");
        Assert.Contains(adminLog.Events, e => e.Id.Id == 5012 && (string?)e.Fields["Role"] == Roles.Clerk);
        await using var db = database.Factory.Create();
        var audit = await db.Audit.AsNoTracking().OrderBy(a => a.Id).Select(a => new { a.ActorId, a.Action, a.UserId, a.UnitId }).ToListAsync();
        Assert.Equal(
            [new { ActorId = "quantri", Action = AuditActions.PasswordReset, UserId = (string?)"canbo", UnitId = (string?)null },
             new { ActorId = "quantri", Action = AuditActions.RoleRevoked, UserId = (string?)"canbo", UnitId = (string?)"tinh" }],
            audit);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task Signing_out_everywhere_and_changing_the_password_end_the_current_stamp(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddUserAsync(database.Factory, "canbo");
        var sessions = new AccountSessions(database.Factory, new LockoutSettings(), _clock, _log);

        var stamp = (await sessions.SignInAsync("canbo", Password)).User!.SecurityStamp;
        await sessions.SignOutEverywhereAsync("canbo");
        Assert.False(await sessions.IsCurrentAsync("canbo", stamp));

        stamp = (await sessions.SignInAsync("canbo", Password)).User!.SecurityStamp;
        var refused = await Assert.ThrowsAsync<OrganisationException>(() => sessions.ChangePasswordAsync("canbo", Password, "canbo-2026-moi", "canbo-2026-moi"));
        Assert.Contains("chứa tên đăng nhập", refused.UserMessage);
        Assert.True(await sessions.IsCurrentAsync("canbo", stamp));
        var changed = await sessions.ChangePasswordAsync("canbo", Password, "Mat-Khau-Moi-2026", "Mat-Khau-Moi-2026");
        Assert.False(await sessions.IsCurrentAsync("canbo", stamp));
        Assert.True(await sessions.IsCurrentAsync("canbo", changed.SecurityStamp));
        Assert.Contains(_log.Events, e => e.Id.Id == 5006);
        Assert.Contains(_log.Events, e => e.Id.Id == 5007);
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task An_account_migrated_without_a_stamp_gets_one_at_its_first_sign_in(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddUserAsync(database.Factory, "canbo");
        await using (var db = database.Factory.Create())
        {
            // What the Sessions migration leaves in the rows that existed before it.
            await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.SecurityStamp, ""));
        }
        var sessions = new AccountSessions(database.Factory, new LockoutSettings(), _clock, _log);

        var stamp = (await sessions.SignInAsync("canbo", Password)).User!.SecurityStamp;

        Assert.NotEmpty(stamp);
        Assert.True(await sessions.IsCurrentAsync("canbo", stamp));
        Assert.False(await sessions.IsCurrentAsync("canbo", ""));
    }

    private static async Task AddUserAsync(DatabaseFactory factory, string id)
    {
        await using var db = factory.Create();
        db.Levels.Add(new OrgLevel { Name = "province", Rank = 0 });
        db.Units.Add(new OrgUnit { Id = "tinh", Name = "UBND tỉnh", Level = "province", Abbreviation = "UBND", HeaderName = "UBND TỈNH", Place = "Nam Định" });
        db.Users.Add(new User { Id = id, FullName = "Cán Bộ", PasswordHash = PasswordHashing.Hash(Password) });
        db.RoleAssignments.Add(new RoleAssignment { UserId = id, UnitId = "tinh", Role = Roles.Clerk });
        await db.SaveChangesAsync();
    }
}
