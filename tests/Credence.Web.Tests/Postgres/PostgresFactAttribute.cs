namespace Credence.Web.Tests.Postgres;

/// <summary>A server test on PostgreSQL (CREDENCE_POSTGRES, set by CI); skipped with a message without it.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CREDENCE_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"Set {Variable} to a PostgreSQL connection string to run the server on PostgreSQL.";
    }
}
