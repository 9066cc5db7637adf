using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EmulationDocs.Core.Tests.Support;

/// <summary>Keeps every event logged to it, so a test can wait for one (and see its fields).</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(EventId Id, string Message, IReadOnlyDictionary<string, object?> Fields)> Events { get; } = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs ? pairs.ToDictionary(p => p.Key, p => p.Value) : [];
        Events.Enqueue((eventId, formatter(state, exception), fields));
    }
}
