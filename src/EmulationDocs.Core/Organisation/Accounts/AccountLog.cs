using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Organisation.Accounts;

/// <summary>Log events of sign-ins, sessions and administrative changes to accounts and units (never a password).</summary>
internal static partial class AccountLog
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "User {UserId} signed in")]
    public static partial void SignInSucceeded(ILogger logger, string userId);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Sign-in as {UserId} failed ({FailedSignIns} consecutive failures)")]
    public static partial void SignInFailed(ILogger logger, string userId, int failedSignIns);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Sign-in as unknown user {UserId} refused")]
    public static partial void SignInUnknownUser(ILogger logger, string userId);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "User {UserId} locked out until {LockedUntil:O} after {MaxFailedAttempts} failed sign-ins")]
    public static partial void LockedOut(ILogger logger, string userId, DateTime lockedUntil, int maxFailedAttempts);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Sign-in as {UserId} refused: the account is locked out until {LockedUntil:O}")]
    public static partial void SignInWhileLockedOut(ILogger logger, string userId, DateTime lockedUntil);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Information, Message = "User {UserId} signed out: every session and token of the account ended")]
    public static partial void SignedOut(ILogger logger, string userId);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Information, Message = "User {UserId} changed their password")]
    public static partial void PasswordChanged(ILogger logger, string userId);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Warning, Message = "User {UserId} failed to change their password: {Reason}")]
    public static partial void PasswordChangeRefused(ILogger logger, string userId, string reason);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Information, Message = "{ActorId} reset the password of {UserId}; it must be changed at the next sign-in")]
    public static partial void PasswordReset(ILogger logger, string actorId, string userId);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "{ActorId} granted role {Role} at {UnitId} to {UserId}")]
    public static partial void RoleGranted(ILogger logger, string actorId, string role, string unitId, string userId);

    [LoggerMessage(EventId = 5012, Level = LogLevel.Information, Message = "{ActorId} revoked role {Role} at {UnitId} from {UserId}; the user's sessions ended")]
    public static partial void RoleRevoked(ILogger logger, string actorId, string role, string unitId, string userId);

    [LoggerMessage(EventId = 5013, Level = LogLevel.Information, Message = "{ActorId} created user {UserId} with role {Role} at {UnitId}")]
    public static partial void UserCreated(ILogger logger, string actorId, string userId, string role, string unitId);

    [LoggerMessage(EventId = 5014, Level = LogLevel.Information, Message = "{ActorId} changed the name or e-mail of user {UserId}")]
    public static partial void UserChanged(ILogger logger, string actorId, string userId);

    [LoggerMessage(EventId = 5015, Level = LogLevel.Information, Message = "{ActorId} created unit {UnitId} under {ParentId}")]
    public static partial void UnitCreated(ILogger logger, string actorId, string unitId, string parentId);

    [LoggerMessage(EventId = 5016, Level = LogLevel.Information, Message = "{ActorId} changed unit {UnitId}")]
    public static partial void UnitChanged(ILogger logger, string actorId, string unitId);

    [LoggerMessage(EventId = 5017, Level = LogLevel.Information, Message = "{ActorId} created delegation {DelegationId} of {Role} at {UnitId} from {FromUserId} to {DelegateId}")]
    public static partial void DelegationCreated(ILogger logger, string actorId, long delegationId, string role, string unitId, string fromUserId, string delegateId);

    [LoggerMessage(EventId = 5018, Level = LogLevel.Information, Message = "{ActorId} ended delegation {DelegationId}")]
    public static partial void DelegationEnded(ILogger logger, string actorId, long delegationId);
}
