using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Data;

/// <summary>
/// The Credence store. The model uses only what every relational provider maps the same way (strings for enums, no
/// provider-specific column types), so a PostgreSQL migration set can sit beside the SQLite one.
/// </summary>
public sealed class CredenceDbContext : DbContext
{
    public CredenceDbContext(DbContextOptions<CredenceDbContext> options)
        : base(options)
    {
    }

    public DbSet<ListSnapshot> Snapshots => Set<ListSnapshot>();

    public DbSet<SnapshotEntity> SnapshotEntities => Set<SnapshotEntity>();

    public DbSet<SnapshotDiagnostic> SnapshotDiagnostics => Set<SnapshotDiagnostic>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

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
            entity.HasIndex(e => new { e.SnapshotId, e.EntityId });
        });

        modelBuilder.Entity<SnapshotDiagnostic>(diagnostic =>
        {
            diagnostic.ToTable("SnapshotDiagnostics");
            diagnostic.HasKey(d => d.Id);
            diagnostic.Property(d => d.Severity).HasConversion<string>().HasMaxLength(16);
            diagnostic.HasOne<ListSnapshot>().WithMany().HasForeignKey(d => d.SnapshotId).OnDelete(DeleteBehavior.Cascade);
            diagnostic.HasIndex(d => d.SnapshotId);
        });
    }
}
