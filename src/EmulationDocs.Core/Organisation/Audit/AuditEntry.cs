using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationDocs.Core.Organisation.Audit;

/// <summary>Append-only record of an administrative change or an account event: who did it, when, to whom, where.</summary>
public sealed class AuditEntry
{
    public long Id { get; init; }

    /// <summary>UTC.</summary>
    public DateTime At { get; init; }

    /// <summary>The user who acted; <see cref="AuditActions.System"/> for the system or an operator's command.</summary>
    public required string ActorId { get; init; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; init; }

    /// <summary>The account concerned, if any.</summary>
    public string? UserId { get; init; }

    /// <summary>The unit concerned, if any.</summary>
    public string? UnitId { get; init; }

    /// <summary>What changed, in English (a role name, a delegation id); never a password.</summary>
    public string? Detail { get; init; }
}

/// <summary>The actions of the <see cref="AuditEntry"/> history.</summary>
public static class AuditActions
{
    public const string System = "system";

    public const string UnitCreated = "unit-created";
    public const string UnitChanged = "unit-changed";
    public const string UserCreated = "user-created";
    public const string UserChanged = "user-changed";
    public const string PasswordReset = "password-reset";
    public const string PasswordChanged = "password-changed";
    public const string RoleGranted = "role-granted";
    public const string RoleRevoked = "role-revoked";
    public const string DelegationCreated = "delegation-created";
    public const string DelegationEnded = "delegation-ended";
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("audit_history");
        e.HasKey(a => a.Id);
        e.HasIndex(a => a.UserId);
        e.HasIndex(a => a.At);
    }
}
