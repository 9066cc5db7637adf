namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// Lengths of the free text a command carries, checked before anything is read or stored: a title is shown on every list
/// page of its unit, a comment in every history, a key is an index entry.
/// </summary>
public static class CommandLimits
{
    public const int TitleLength = 500;
    public const int CommentLength = 4000;
    public const int IdempotencyKeyLength = 200;

    public static void Check(StartCommand command)
    {
        Require(command.Title.Length <= TitleLength, "title", $"Tiêu đề văn bản dài quá {TitleLength} ký tự.");
        CheckKey(command.IdempotencyKey);
    }

    public static void Check(TaskCommand command)
    {
        Require((command.Comment?.Length ?? 0) <= CommentLength, "comment", $"Ý kiến dài quá {CommentLength} ký tự.");
        CheckKey(command.IdempotencyKey);
    }

    private static void CheckKey(string? key) =>
        Require((key?.Length ?? 0) <= IdempotencyKeyLength, "idempotency key", $"Khóa chống gửi trùng dài quá {IdempotencyKeyLength} ký tự.");

    private static void Require(bool withinLimit, string field, string userMessage)
    {
        if (!withinLimit) throw new TextTooLongException($"The command's {field} is longer than its limit.", userMessage);
    }
}
