using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationDocs.Core.Access;

/// <summary>
/// The indexes the visibility rule reads tasks by (<see cref="DocumentAccess.VisibleInstances"/>): per document, with the
/// three columns the rule tests, so checking one document is one index lookup; and per user, per completer and per unit,
/// with the document id, so the documents seen through tasks are listed from the index alone.
/// </summary>
internal sealed class TaskAccessIndexes : IEntityTypeConfiguration<WorkflowTask>
{
    public void Configure(EntityTypeBuilder<WorkflowTask> e)
    {
        e.HasIndex(t => new { t.InstanceId, t.UnitId, t.UserId, t.CompletedBy });
        e.HasIndex(t => new { t.UserId, t.InstanceId });
        e.HasIndex(t => new { t.CompletedBy, t.InstanceId });
        e.HasIndex(t => new { t.UnitId, t.InstanceId });
    }
}
