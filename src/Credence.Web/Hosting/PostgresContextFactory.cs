using Credence.Store.Data;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Hosting;

/// <summary>
/// Hands out PostgreSQL contexts where the server asks for <see cref="CredenceDbContext"/>: the pooled factory is typed by
/// the PostgreSQL context (its migrations are its own), everything else works with the base type.
/// </summary>
public sealed class PostgresContextFactory : IDbContextFactory<CredenceDbContext>
{
    private readonly IDbContextFactory<CredencePostgresDbContext> _inner;

    public PostgresContextFactory(IDbContextFactory<CredencePostgresDbContext> inner)
    {
        _inner = inner;
    }

    public CredenceDbContext CreateDbContext() => _inner.CreateDbContext();
}
