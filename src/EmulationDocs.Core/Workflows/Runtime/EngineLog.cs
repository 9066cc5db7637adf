using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>Log events of the workflow engine's commands.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug, Message = "Command {Kind} on {Target} by {UserId} started (attempt {Attempt})")]
    public static partial void CommandStarted(ILogger logger, string kind, string target, string userId, int attempt);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Debug,
        Message = "Command {Kind} on {Target} prepared with {Rendered} document version(s) rendered; writing it")]
    public static partial void CommandPrepared(ILogger logger, string kind, string target, int rendered);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information,
        Message = "Command {Kind} by {UserId}: instance {InstanceId} of {DefinitionId} is at step {StepId} ({Status}), revision {Revision}")]
    public static partial void Transitioned(
        ILogger logger, string kind, string userId, Guid instanceId, string definitionId, string stepId, InstanceStatus status, long revision);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Information, Message = "Command {Kind} on {Target} by {UserId} refused ({Reason}): {Detail}")]
    public static partial void Refused(ILogger logger, string kind, string target, string userId, string reason, string detail);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information,
        Message = "Command {Kind} on {Target} by {UserId} is a retry of idempotency key {Key}: the first result is returned, nothing runs")]
    public static partial void Replayed(ILogger logger, string kind, string target, string userId, string key);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Debug,
        Message = "Command {Kind} on {Target} lost a race at attempt {Attempt} ({Reason}); preparing it again from the current state")]
    public static partial void PreparingAgain(ILogger logger, string kind, string target, int attempt, string reason);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Information, Message = "Command {Kind} on task {TaskId} by {UserId} done; task revision {Revision}")]
    public static partial void Claimed(ILogger logger, string kind, Guid taskId, string userId, long revision);
}
