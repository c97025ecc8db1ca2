using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Credence.Store.Data;
using Credence.TestSupport;
using Credence.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Credence.Web.Tests.Postgres;

/// <summary>The server on a PostgreSQL store: first start, sign-in, keys, and the data the pages read.</summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgresServerTests : IAsyncLifetime
{
    private readonly CredenceWebFactory _factory = new();
    private string _server = "";
    private string _database = "";

    public async Task InitializeAsync()
    {
        var configured = Environment.GetEnvironmentVariable(PostgresFactAttribute.Variable);
        if (string.IsNullOrWhiteSpace(configured)) return;
        _server = CredenceDatabase.PostgresConnectionString(configured);
        _database = "credence_web_" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
        await create.ExecuteNonQueryAsync();
        _factory.Settings["db"] = new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_database.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    [PostgresFact]
    public async Task FirstStart_OnPostgres_LoadsDemoCreatesAdminAndServes()
    {
        using var client = await _factory.SignedInClientAsync(CredenceRoles.Admin);
        using var api = await _factory.ClientWithRoleAsync(CredenceRoles.ReadOnly);

        var overview = await client.GetAsync("/");
        var lists = await api.GetFromJsonAsync<JsonElement>("/api/lists");

        Assert.Equal(HttpStatusCode.OK, overview.StatusCode);
        Assert.Contains("credence-demo", lists.ToString(), StringComparison.Ordinal);
        var (scope, db) = _factory.OpenStore();
        using (scope)
        {
            Assert.IsType<CredencePostgresDbContext>(db);
            Assert.True(await db.Users.AnyAsync(u => u.UserName == "admin"));
        }
    }
}
