using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationDocs.Core.Awards;

/// <summary>The <c>award_records</c> table (migration <c>AwardsRegister</c>).</summary>
internal sealed class AwardRecordConfiguration : IEntityTypeConfiguration<AwardRecord>
{
    public const string Table = "award_records";

    public void Configure(EntityTypeBuilder<AwardRecord> e)
    {
        e.ToTable(Table);
        e.HasKey(a => a.Id);
        e.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        e.Property(a => a.Name).HasMaxLength(300);
        e.Property(a => a.Position).HasMaxLength(300);
        e.Property(a => a.UnitName).HasMaxLength(300);
        e.Property(a => a.Title).HasMaxLength(300);
        e.Property(a => a.DecisionNumber).HasMaxLength(100);
        e.Property(a => a.IssuingAuthority).HasMaxLength(500);
        e.Property(a => a.SearchText).HasMaxLength(AwardSearchText.MaxLength);
        e.HasOne(a => a.DocumentVersion).WithMany().HasForeignKey(a => a.DocumentVersionId).OnDelete(DeleteBehavior.Restrict);
        // The register is browsed by unit (subtree) and year, newest first; a decision's lines are found by its instance.
        e.HasIndex(a => new { a.UnitId, a.Year });
        e.HasIndex(a => new { a.Year, a.Title });
        e.HasIndex(a => a.InstanceId);
    }
}
