using Microsoft.EntityFrameworkCore.Design;

namespace Credence.Store.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without a host; the file it names is never opened.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CredenceDbContext>
{
    public CredenceDbContext CreateDbContext(string[] args) => new(CredenceDatabase.SqliteOptions("credence-design.db"));
}
