using Credence.Store.Data;
using Credence.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Credence.Store.Tests.Postgres;

/// <summary>A fresh PostgreSQL database for one test class, migrated on first use and dropped at the end.</summary>
public sealed class PostgresDatabase : IAsyncLifetime
{
    private readonly List<CredenceDbContext> _contexts = [];
    private string _server = "";
    private bool _migrated;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        if (string.IsNullOrWhiteSpace(configured)) return;
        _server = CredenceDatabase.PostgresConnectionString(configured);
        var name = "credence_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(_server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = name }.ConnectionString;
    }

    public CredenceDbContext Open()
    {
        var db = new CredencePostgresDbContext(CredenceDatabase.PostgresOptions(ConnectionString));
        if (!_migrated) db.Database.Migrate();
        _migrated = true;
        _contexts.Add(db);
        return db;
    }

    public async Task DisposeAsync()
    {
        foreach (var db in _contexts) await db.DisposeAsync();
        if (ConnectionString.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
