using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EmulationDocs.Core.Delivery;

/// <summary>The <c>outbox</c> table (migration <c>M0004_Outbox</c>).</summary>
internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public const string Table = "outbox";

    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable(Table);
        e.HasKey(o => o.Id);
        e.Property(o => o.State).HasConversion<string>();
        e.Ignore(o => o.MessageId);
        e.HasOne(o => o.DocumentVersion).WithMany().HasForeignKey(o => o.DocumentVersionId).OnDelete(DeleteBehavior.Restrict);
        // The dispatcher's claim query: due rows by state and time.
        e.HasIndex(o => new { o.State, o.NextAttemptAt });
        e.HasIndex(o => o.InstanceId);
    }
}
