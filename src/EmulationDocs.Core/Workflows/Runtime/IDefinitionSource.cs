using EmulationDocs.Core.Workflows.Definitions;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>Published definitions by id and version.</summary>
public interface IDefinitionSource
{
    Task<WorkflowDefinition> LatestAsync(string id, CancellationToken cancellationToken);

    Task<WorkflowDefinition> GetAsync(string id, int version, CancellationToken cancellationToken);
}
