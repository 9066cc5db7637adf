using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Tests.Delivery;

/// <summary>One log event: its id, level and structured values.</summary>
internal sealed record LoggedEvent(int Id, LogLevel Level, IReadOnlyDictionary<string, object?> Values, Exception? Exception);

/// <summary>Keeps every event written to it, so a test can check what an operator would see in the log.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<LoggedEvent> _events = [];

    public IReadOnlyList<LoggedEvent> Events
    {
        get
        {
            lock (_events) return [.. _events];
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
        lock (_events) _events.Add(new LoggedEvent(eventId.Id, logLevel, values, exception));
    }
}
