namespace EmulationDocs.Core.Tests.Support;

/// <summary>A clock that stands still until a test moves it (Microsoft.Extensions.TimeProvider.Testing is not in the registry here).</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private long _utcTicks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _utcTicks, by.Ticks);
}
