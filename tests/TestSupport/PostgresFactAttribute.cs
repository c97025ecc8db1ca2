namespace Credence.TestSupport;

/// <summary>
/// A test on a real PostgreSQL server, named by the CREDENCE_POSTGRES connection string (CI starts one and sets it). Without
/// it the test is skipped and says how to turn it on, as STYLE.md asks: SQLite by default, PostgreSQL behind a switch.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "CREDENCE_POSTGRES";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
            Skip = $"Set {Variable} to a PostgreSQL connection string (e.g. Host=localhost;Username=postgres;Password=...) to run the PostgreSQL tests.";
    }
}
