using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Data;

/// <summary>
/// The Credence store. The model uses only what every relational provider maps the same way (strings for enums, no
/// provider-specific column types), so a PostgreSQL migration set can sit beside the SQLite one. Users and roles are
/// ASP.NET Core Identity's tables, so the web host and the command line share one user store.
/// </summary>
public partial class CredenceDbContext : IdentityDbContext<IdentityUser>
{
    public CredenceDbContext(DbContextOptions<CredenceDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's own context type (see <see cref="CredencePostgresDbContext"/>), which carries its own migrations.</summary>
    protected CredenceDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ListSnapshot> Snapshots => Set<ListSnapshot>();

    public DbSet<SnapshotEntity> SnapshotEntities => Set<SnapshotEntity>();

    public DbSet<SnapshotDiagnostic> SnapshotDiagnostics => Set<SnapshotDiagnostic>();

    public DbSet<SnapshotDeltaEntry> SnapshotDeltas => Set<SnapshotDeltaEntry>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    public DbSet<ScreeningRecord> Screenings => Set<ScreeningRecord>();

    public DbSet<ScreeningHitRecord> ScreeningHits => Set<ScreeningHitRecord>();

    public DbSet<Alert> Alerts => Set<Alert>();

    public DbSet<AlertDecision> AlertDecisions => Set<AlertDecision>();

    public DbSet<MonitoredSubject> MonitoredSubjects => Set<MonitoredSubject>();

    public DbSet<BatchJob> BatchJobs => Set<BatchJob>();

    public DbSet<BatchRowError> BatchRowErrors => Set<BatchRowError>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        base.OnModelCreating(modelBuilder);

        modelBuilder.Entity<ListSnapshot>(snapshot =>
        {
            snapshot.ToTable("ListSnapshots");
            snapshot.HasKey(s => s.Id);
            snapshot.Property(s => s.Source).HasMaxLength(64);
            snapshot.Property(s => s.Format).HasConversion<string>().HasMaxLength(32);
            snapshot.Property(s => s.Sha256).HasMaxLength(64);
            snapshot.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
            snapshot.HasIndex(s => new { s.Source, s.Status });
            // The invariant screening relies on: at most one active snapshot per source, even with two importers at once.
            snapshot.HasIndex(s => s.Source)
                .IsUnique()
                .HasFilter("\"Status\" = 'Active'")
                .HasDatabaseName("IX_ListSnapshots_Source_Active");
        });

        modelBuilder.Entity<SnapshotEntity>(entity =>
        {
            entity.ToTable("SnapshotEntities");
            entity.HasKey(e => e.Id);
            entity.Property(e => e.Schema).HasConversion<string>().HasMaxLength(16);
            entity.HasOne<ListSnapshot>().WithMany().HasForeignKey(e => e.SnapshotId).OnDelete(DeleteBehavior.Cascade);
            entity.Property(e => e.RecordHash).HasMaxLength(64);
            entity.HasIndex(e => new { e.SnapshotId, e.EntityId });
        });

        modelBuilder.Entity<SnapshotDeltaEntry>(delta =>
        {
            delta.ToTable("SnapshotDeltas");
            delta.HasKey(d => d.Id);
            delta.Property(d => d.Kind).HasConversion<string>().HasMaxLength(16);
            delta.HasOne<ListSnapshot>().WithMany().HasForeignKey(d => d.SnapshotId).OnDelete(DeleteBehavior.Cascade);
            delta.HasIndex(d => new { d.SnapshotId, d.Kind });
        });

        OnAccessModelCreating(modelBuilder);
        OnScreeningModelCreating(modelBuilder);
        OnCredentialsModelCreating(modelBuilder);
        OnSignOnModelCreating(modelBuilder);

        modelBuilder.Entity<SnapshotDiagnostic>(diagnostic =>
        {
            diagnostic.ToTable("SnapshotDiagnostics");
            diagnostic.HasKey(d => d.Id);
            diagnostic.Property(d => d.Severity).HasConversion<string>().HasMaxLength(16);
            diagnostic.HasOne<ListSnapshot>().WithMany().HasForeignKey(d => d.SnapshotId).OnDelete(DeleteBehavior.Cascade);
            diagnostic.HasIndex(d => d.SnapshotId);
        });
    }

    private static void OnAccessModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApiKey>(key =>
        {
            key.ToTable("ApiKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.Name).HasMaxLength(100);
            key.Property(k => k.Role).HasMaxLength(32);
            key.Property(k => k.Prefix).HasMaxLength(16);
            key.Property(k => k.Hash).HasMaxLength(64);
            key.HasIndex(k => k.Name).IsUnique();
            key.HasIndex(k => k.Hash).IsUnique();
        });

        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.ToTable("AuditEvents");
            audit.HasKey(a => a.Id);
            audit.Property(a => a.Actor).HasMaxLength(200);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Target).HasMaxLength(200);
            audit.HasIndex(a => a.At);
            audit.HasIndex(a => a.Action);
        });
    }

    private static void OnScreeningModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ScreeningRecord>(screening =>
        {
            screening.ToTable("Screenings");
            screening.HasKey(s => s.Id);
            screening.Property(s => s.Origin).HasConversion<string>().HasMaxLength(16);
            screening.Property(s => s.RunBy).HasMaxLength(200);
            screening.HasIndex(s => s.RunAt);
            screening.HasIndex(s => new { s.BatchJobId, s.BatchRow });
            screening.HasIndex(s => s.SubjectKey);
        });

        modelBuilder.Entity<ScreeningHitRecord>(hit =>
        {
            hit.ToTable("ScreeningHits");
            hit.HasKey(h => h.Id);
            hit.Property(h => h.RecordHash).HasMaxLength(64);
            hit.Property(h => h.Kind).HasMaxLength(16);
            hit.HasOne<ScreeningRecord>().WithMany().HasForeignKey(h => h.ScreeningId).OnDelete(DeleteBehavior.Cascade);
            hit.HasIndex(h => h.ScreeningId);
        });

        modelBuilder.Entity<Alert>(alert =>
        {
            alert.ToTable("Alerts");
            alert.HasKey(a => a.Id);
            alert.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
            alert.Property(a => a.RecordHash).HasMaxLength(64);
            alert.HasOne<ScreeningRecord>().WithMany().HasForeignKey(a => a.ScreeningId).OnDelete(DeleteBehavior.Restrict);
            alert.HasIndex(a => new { a.Status, a.CreatedAt });
            alert.HasIndex(a => new { a.SubjectKey, a.EntityId });
        });

        modelBuilder.Entity<AlertDecision>(decision =>
        {
            decision.ToTable("AlertDecisions");
            decision.HasKey(d => d.Id);
            decision.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(16);
            decision.HasOne<Alert>().WithMany().HasForeignKey(d => d.AlertId).OnDelete(DeleteBehavior.Restrict);
            decision.HasIndex(d => d.AlertId);
        });

        modelBuilder.Entity<MonitoredSubject>(subject =>
        {
            subject.ToTable("MonitoredSubjects");
            subject.HasKey(m => m.Id);
            subject.Property(m => m.Schema).HasConversion<string>().HasMaxLength(16);
            subject.HasIndex(m => m.Active);
        });

        modelBuilder.Entity<BatchJob>(job =>
        {
            job.ToTable("BatchJobs");
            job.HasKey(j => j.Id);
            job.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
            job.HasIndex(j => j.Status);
        });

        modelBuilder.Entity<BatchRowError>(error =>
        {
            error.ToTable("BatchRowErrors");
            error.HasKey(e => e.Id);
            error.HasOne<BatchJob>().WithMany().HasForeignKey(e => e.BatchJobId).OnDelete(DeleteBehavior.Cascade);
            error.HasIndex(e => new { e.BatchJobId, e.Row });
        });
    }
}
