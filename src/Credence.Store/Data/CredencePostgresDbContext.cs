using Microsoft.EntityFrameworkCore;

namespace Credence.Store.Data;

/// <summary>
/// The same store on PostgreSQL. The model is <see cref="CredenceDbContext"/>'s; this type exists because EF Core keeps one
/// migration set per context type, and PostgreSQL's migrations (Data/PostgresMigrations) differ from SQLite's in column
/// types. Everything that takes a <see cref="CredenceDbContext"/> works with it unchanged.
/// </summary>
public sealed class CredencePostgresDbContext : CredenceDbContext
{
    public CredencePostgresDbContext(DbContextOptions<CredencePostgresDbContext> options)
        : base(options)
    {
    }
}
