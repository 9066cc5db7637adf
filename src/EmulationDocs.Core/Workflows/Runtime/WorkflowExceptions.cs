namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>A command that cannot run; <see cref="UserMessage"/> says why in Vietnamese, the message in English.</summary>
public class WorkflowException(string message, string userMessage) : Exception(message)
{
    public string UserMessage { get; } = userMessage;
}

/// <summary>The user may not do this here: wrong user, wrong step, an action the step does not offer.</summary>
public sealed class ActionNotAllowedException(string message, string userMessage) : WorkflowException(message, userMessage);

/// <summary>Someone acted first: the task is no longer open or its revision moved on.</summary>
public sealed class ConcurrencyConflictException(string message, string userMessage) : WorkflowException(message, userMessage);

/// <summary>The referenced task, instance or definition does not exist (for this user).</summary>
public sealed class WorkflowNotFoundException(string message, string userMessage) : WorkflowException(message, userMessage);

/// <summary>The document's data does not meet its template's contract (e.g. required fields missing at issuing).</summary>
public sealed class DocumentIncompleteException(string message, string userMessage) : WorkflowException(message, userMessage);

/// <summary>The command itself is malformed (a missing idempotency key, a page out of range): the caller must change it.</summary>
public sealed class InvalidCommandException(string message, string userMessage) : WorkflowException(message, userMessage);
