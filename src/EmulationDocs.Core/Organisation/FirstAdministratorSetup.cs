using EmulationDocs.Core.Organisation.Audit;
using EmulationDocs.Core.Organisation.Passwords;
using EmulationDocs.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Organisation;

/// <summary>What the operator gives to create the first administrator of an empty database, with the unit they administer.</summary>
public sealed record FirstAdministratorRequest(string UserId, string FullName, string Password, string UnitId, string UnitName, string Level);

/// <summary>
/// Creates the first administrator of a fresh installation: the top unit (and its level) and a user holding the
/// administrator role there. Refused once the database has any user, so it can never take over a running organisation.
/// </summary>
public static class FirstAdministratorSetup
{
    /// <exception cref="OrganisationException">The database already has users, or the request is invalid.</exception>
    public static async Task CreateAsync(DatabaseFactory database, FirstAdministratorRequest request, CancellationToken ct = default)
    {
        // The same policy as every other place a password is set (length, not the user id, not a common password).
        if (PasswordPolicy.Check(request.Password, request.UserId) is { Count: > 0 } problems)
            throw new OrganisationException(problems.Select(p => p.UserMessage).ToList(), string.Join('\n', problems.Select(p => p.UserMessage)));
        if (new[] { request.UserId, request.FullName, request.UnitId, request.UnitName, request.Level }.Any(string.IsNullOrWhiteSpace))
            throw Refused("Cần đủ tên đăng nhập, họ tên, mã và tên đơn vị, cấp đơn vị.");
        await using var context = database.Create();
        if (await context.Users.AnyAsync(ct)) throw Refused("Cơ sở dữ liệu đã có tài khoản: quản trị viên đầu tiên chỉ tạo được trên cơ sở dữ liệu trống.");
        if (!await context.Levels.AnyAsync(l => l.Name == request.Level, ct))
            context.Levels.Add(new OrgLevel { Name = request.Level, Rank = 0 });
        if (!await context.Units.AnyAsync(u => u.Id == request.UnitId, ct))
        {
            context.Units.Add(new OrgUnit
            {
                Id = request.UnitId, Name = request.UnitName, Level = request.Level, Abbreviation = "", HeaderName = request.UnitName, Place = "",
            });
        }
        context.Users.Add(new User { Id = request.UserId, FullName = request.FullName, PasswordHash = PasswordHashing.Hash(request.Password) });
        context.RoleAssignments.Add(new RoleAssignment { UserId = request.UserId, UnitId = request.UnitId, Role = Roles.Administrator });
        context.Audit.Add(new AuditEntry
        {
            At = DateTime.UtcNow, ActorId = AuditActions.System, Action = AuditActions.UserCreated, UserId = request.UserId, UnitId = request.UnitId,
            Detail = $"first administrator, role {Roles.Administrator}",
        });
        await context.SaveChangesAsync(ct);
    }

    private static OrganisationException Refused(string message) => new([message], message);
}
