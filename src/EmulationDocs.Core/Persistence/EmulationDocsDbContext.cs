using EmulationDocs.Core.Delivery;
using EmulationDocs.Core.Documents;
using EmulationDocs.Core.Numbering;
using EmulationDocs.Core.Organisation;
using EmulationDocs.Core.Workflows.Deadlines;
using EmulationDocs.Core.Workflows.Runtime;
using Microsoft.EntityFrameworkCore;

namespace EmulationDocs.Core.Persistence;

/// <summary>
/// The application's database, SQLite or PostgreSQL. The schema evolves through hand-written
/// migrations in <c>Persistence/Migrations</c> (EF Core's design-time tools are not available);
/// <c>SchemaTests</c> checks that they build exactly the tables and columns of this model.
/// </summary>
public sealed class EmulationDocsDbContext(DbContextOptions<EmulationDocsDbContext> options) : DbContext(options)
{
    public DbSet<OrgLevel> Levels => Set<OrgLevel>();
    public DbSet<OrgUnit> Units => Set<OrgUnit>();
    public DbSet<User> Users => Set<User>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<PublishedDefinition> Definitions => Set<PublishedDefinition>();
    public DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();
    public DbSet<WorkflowTask> Tasks => Set<WorkflowTask>();
    public DbSet<HistoryEntry> History => Set<HistoryEntry>();
    public DbSet<CouncilBallot> Ballots => Set<CouncilBallot>();
    public DbSet<CommandRecord> Commands => Set<CommandRecord>();
    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();
    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();
    public DbSet<DeadlineTimer> Timers => Set<DeadlineTimer>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<OrgLevel>(e => e.ToTable("org_levels").HasKey(l => l.Name));
        model.Entity<OrgUnit>(e =>
        {
            e.ToTable("units");
            e.HasKey(u => u.Id);
            e.HasIndex(u => u.ParentId);
            e.Ignore(u => u.AliasList);
        });
        model.Entity<User>(e => e.ToTable("users").HasKey(u => u.Id));
        model.Entity<RoleAssignment>(e =>
        {
            e.ToTable("role_assignments");
            e.HasKey(r => r.Id);
            e.HasIndex(r => new { r.UserId, r.UnitId, r.Role }).IsUnique();
            e.HasIndex(r => new { r.UnitId, r.Role });
        });
        model.Entity<Delegation>(e =>
        {
            e.ToTable("delegations");
            e.HasKey(d => d.Id);
            e.HasIndex(d => d.DelegateId);
        });
        model.Entity<PublishedDefinition>(e => e.ToTable("definitions").HasKey(d => new { d.Id, d.Version }));
        model.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("instances");
            e.HasKey(i => i.Id);
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.Property(i => i.Status).HasConversion<string>();
            e.HasIndex(i => i.UnitId);
        });
        model.Entity<WorkflowTask>(e =>
        {
            e.ToTable("tasks");
            e.HasKey(t => t.Id);
            e.Property(t => t.Revision).IsConcurrencyToken();
            e.Property(t => t.State).HasConversion<string>();
            e.HasIndex(t => new { t.State, t.UnitId, t.Role });
            e.HasIndex(t => new { t.State, t.UserId });
            e.HasIndex(t => t.InstanceId);
        });
        model.Entity<HistoryEntry>(e =>
        {
            e.ToTable("history");
            e.HasKey(h => h.Id);
            e.HasIndex(h => h.InstanceId);
        });
        model.Entity<CouncilBallot>(e =>
        {
            e.ToTable("ballots");
            e.HasKey(b => b.Id);
            e.HasIndex(b => new { b.InstanceId, b.StepId, b.UserId, b.Candidate }).IsUnique();
        });
        model.Entity<CommandRecord>(e => e.ToTable("commands").HasKey(c => c.Key));
        model.Entity<DocumentVersion>(e =>
        {
            e.ToTable("document_versions");
            e.HasKey(d => d.Id);
            e.HasIndex(d => new { d.InstanceId, d.Role, d.UnitId, d.Version }).IsUnique();
        });
        model.Entity<NumberSeries>(e => e.ToTable("number_series").HasKey(n => new { n.SeriesKey, n.Year }));
        model.Entity<DeadlineTimer>(e =>
        {
            e.ToTable("timers");
            e.HasKey(t => t.Id);
            // Claiming looks for pending timers that are due; closing looks for a task's timers.
            e.HasIndex(t => new { t.DoneAt, t.DueAt });
            e.HasIndex(t => t.TaskId);
        });
        model.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(n => n.Id);
            e.HasIndex(n => n.InstanceId);
        });
        model.ApplyConfiguration(new OutboxMessageConfiguration());
    }
}
