namespace EmulationDocs.Core.Tests.Support;

/// <summary>
/// Tests that count every measurement of a process-wide meter run alone: another test's timers or transitions,
/// running at the same time, would be measured by the same listener.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideMeters
{
    public const string Name = "Process-wide meters";
}
