namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>What an idempotency key is bound to: the user, the kind of command and its target.</summary>
internal sealed record CommandBinding(string UserId, string Kind, string Target)
{
    public const string StartKind = "start";

    private const string TaskKindPrefix = "task.";

    public static CommandBinding Of(StartCommand command) => new(command.UserId, StartKind, $"{command.DefinitionId}@{command.UnitId}");

    public static CommandBinding Of(TaskCommand command) => new(command.UserId, TaskKindPrefix + command.Action, command.TaskId.ToString());

    public bool Matches(CommandRecord record) => record.UserId == UserId && record.Kind == Kind && record.Target == Target;

    /// <summary>The refusal of <paramref name="record"/>'s key reused for this command, naming what differs (never whose or which).</summary>
    public IdempotencyKeyConflictException Conflict(CommandRecord record)
    {
        var message = $"Idempotency key '{record.Key}' is bound to ({record.UserId}, {record.Kind}, {record.Target}), not ({UserId}, {Kind}, {Target}).";
        var reason = record.UserId != UserId || record.Kind is null
            ? "đã được dùng cho thao tác của một người dùng khác"
            : record.Kind != Kind
                ? $"đã được dùng cho thao tác «{Label(record.Kind)}», không phải «{Label(Kind)}»"
                : Kind == StartKind
                    ? "đã được dùng để khởi tạo một văn bản khác"
                    : $"đã được dùng cho thao tác «{Label(Kind)}» trên một công việc khác";
        return new IdempotencyKeyConflictException(message, $"Mã chống gửi trùng (idempotencyKey) này {reason}. Hãy dùng một mã mới cho mỗi thao tác.");
    }

    private static string Label(string kind) => kind.StartsWith(TaskKindPrefix, StringComparison.Ordinal)
        ? TaskActions.Label(kind[TaskKindPrefix.Length..]) ?? "xử lý công việc"
        : "Khởi tạo văn bản";
}
