using EmulationDocs.Core.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationDocs.Core.Workflows.Runtime;

/// <summary>
/// What the documents list needs of the instances table: the folded search text (<see cref="InstanceSearchText"/>) and the
/// indexes its orders and filters use (newest first with the id as tie-break; year of creation; origin unit).
/// </summary>
internal sealed class WorkflowInstanceListing : IEntityTypeConfiguration<WorkflowInstance>
{
    public void Configure(EntityTypeBuilder<WorkflowInstance> e)
    {
        e.Property(i => i.SearchText).HasMaxLength(InstanceSearchText.MaxLength);
        e.HasIndex(i => new { i.UpdatedAt, i.Id });
        e.HasIndex(i => i.CreatedAt);
        e.HasIndex(i => i.OriginUnitId);
    }
}
