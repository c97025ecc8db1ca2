using Credence.Store.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Credence.Store.Tests.Support;

/// <summary>A SQLite store in a temp file (or in memory), migrated, removed on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly SqliteConnection? _memory;
    private readonly List<CredenceDbContext> _contexts = [];
    private bool _migrated;

    private TestDatabase(string? path, SqliteConnection? memory)
    {
        Path = path;
        _memory = memory;
    }

    public string? Path { get; }

    public static TestDatabase File() =>
        new(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "credence-test-" + Guid.NewGuid().ToString("N") + ".db"), null);

    public static TestDatabase InMemory()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return new TestDatabase(null, connection);
    }

    public CredenceDbContext Open(params IInterceptor[] interceptors) => Open(pooled: false, interceptors);

    /// <summary>A context on the store; <paramref name="pooled"/> opens the file through SQLite's connection pool, as the server does.</summary>
    public CredenceDbContext Open(bool pooled, params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<CredenceDbContext>();
        if (_memory is not null) builder.UseSqlite(_memory);
        else builder.UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path, Pooling = pooled }.ToString());
        if (interceptors.Length > 0) builder.AddInterceptors(interceptors);
        var db = new CredenceDbContext(builder.Options);
        if (!_migrated) db.Database.Migrate();
        _migrated = true;
        _contexts.Add(db);
        return db;
    }

    public void Dispose()
    {
        foreach (var db in _contexts) db.Dispose();
        _memory?.Dispose();
        if (Path is not null)
        {
            foreach (var file in new[] { Path, Path + "-wal", Path + "-shm", Path + "-journal" })
            {
                if (System.IO.File.Exists(file)) System.IO.File.Delete(file);
            }
        }
    }
}
