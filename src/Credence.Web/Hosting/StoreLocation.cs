using Credence.Store.Data;

namespace Credence.Web.Hosting;

/// <summary>Where the server keeps its data: the database, and the folder for uploads and cookie keys.</summary>
/// <param name="Database">The SQLite file's full path, or the PostgreSQL connection string.</param>
/// <param name="DataFolder">Uploads and key files: beside the SQLite file, or <c>Credence:DataFolder</c> (default the local application data folder) for PostgreSQL.</param>
public sealed record StoreLocation(string Database, string DataFolder)
{
    /// <summary>True when the store is a PostgreSQL server.</summary>
    public bool IsPostgres => CredenceDatabase.IsPostgres(Database);

    /// <summary>What to print about the store: the file, or the PostgreSQL host and database without the password.</summary>
    public string Description => IsPostgres
        ? new Npgsql.NpgsqlConnectionStringBuilder(CredenceDatabase.PostgresConnectionString(Database)) is var b ? $"PostgreSQL {b.Host}/{b.Database}" : ""
        : Database;

    /// <summary>Reads <c>db</c> (or <c>Credence:Database</c>) and <c>Credence:DataFolder</c>.</summary>
    public static StoreLocation From(IConfiguration configuration, CredenceServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        var database = configuration["db"] ?? options.Database;
        if (CredenceDatabase.IsPostgres(database))
        {
            var folder = options.DataFolder ?? Path.GetDirectoryName(CredenceDatabase.DefaultPath())!;
            return new StoreLocation(database!, Path.GetFullPath(folder));
        }
        var file = Path.GetFullPath(database ?? CredenceDatabase.DefaultPath());
        return new StoreLocation(file, Path.GetFullPath(options.DataFolder ?? Path.GetDirectoryName(file) ?? "."));
    }
}
