using EmulationDocs.Core.Documents;

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

/// <summary>The document's data does not meet its template's contract (e.g. required fields missing at issuing, a wrongly typed value).</summary>
public sealed class DocumentIncompleteException(string message, string userMessage) : WorkflowException(message, userMessage)
{
    /// <summary>The refusal naming every field at fault: missing ones ("chưa đủ thông tin") or values of the wrong kind ("không đúng mẫu").</summary>
    public static DocumentIncompleteException From(DocumentDataException ex)
    {
        var fields = string.Join("; ", ex.Violations.Select(v => $"{v.Path} — {v.Message}"));
        var lead = ex.Violations.All(v => v.IsIncompleteness) ? "Văn bản chưa đủ thông tin: " : "Dữ liệu văn bản không đúng mẫu: ";
        return new DocumentIncompleteException(ex.Message, lead + fields);
    }
}

/// <summary>A step was sent data of a document it does not prepare, or an action that changes no document was sent data.</summary>
public sealed class DocumentNotEditableException(string message, string userMessage) : WorkflowException(message, userMessage);

/// <summary>
/// An idempotency key was reused for another command: another user, another kind of command or another target than the
/// command it was first given with. A true retry (same user, kind, target and key) is answered with the first result instead.
/// </summary>
public sealed class IdempotencyKeyConflictException(string message, string userMessage) : WorkflowException(message, userMessage);

/// <summary>A text the command carries is longer than <see cref="CommandLimits"/> allows; nothing was stored.</summary>
public sealed class TextTooLongException(string message, string userMessage) : WorkflowException(message, userMessage);
