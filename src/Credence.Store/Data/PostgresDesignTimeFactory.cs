using Microsoft.EntityFrameworkCore.Design;

namespace Credence.Store.Data;

/// <summary>Lets <c>dotnet ef migrations add --context CredencePostgresDbContext</c> build the context; it never connects.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<CredencePostgresDbContext>
{
    public CredencePostgresDbContext CreateDbContext(string[] args) =>
        new(CredenceDatabase.PostgresOptions("Host=localhost;Database=credence_design"));
}
