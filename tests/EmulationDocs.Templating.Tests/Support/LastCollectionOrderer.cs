using Xunit.Abstractions;

[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: TestCollectionOrderer("EmulationDocs.Templating.Tests.Support.LastCollectionOrderer", "EmulationDocs.Templating.Tests")]

namespace EmulationDocs.Templating.Tests.Support;

/// <summary>Runs the collection named <see cref="Name"/> after all others, so it sees every rendered document.</summary>
public sealed class LastCollectionOrderer : ITestCollectionOrderer
{
    public const string Name = "Runs last";

    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(c => c.DisplayName.Contains(Name, StringComparison.Ordinal) ? 1 : 0).ThenBy(c => c.DisplayName, StringComparer.Ordinal);
}
