using System.ComponentModel.DataAnnotations;

namespace Credence.Web.Hosting;

/// <summary>
/// The server's settings, from the "Credence" configuration section (appsettings.json, environment variables such as
/// <c>Credence__SessionMinutes</c>, or the command line). The store's file also comes from the top-level <c>db</c> key,
/// so <c>--db FILE</c> works as it does for the command line. Validated at start-up: a bad value stops the server.
/// </summary>
public sealed class CredenceServerOptions
{
    public const string Section = "Credence";

    /// <summary>
    /// The store: a SQLite file (default the same file the command line uses, see <c>CredenceDatabase.DefaultPath</c>), or a
    /// PostgreSQL connection string ("Host=...;Database=...;Username=...;Password=...") or postgres:// URL.
    /// </summary>
    public string? Database { get; set; }

    /// <summary>Folder for uploads and cookie-protection keys; default the SQLite file's folder, or the local application data folder with PostgreSQL.</summary>
    public string? DataFolder { get; set; }

    /// <summary>How long a login lasts without activity, in minutes; default 60.</summary>
    [Range(1, 24 * 60)]
    public int SessionMinutes { get; set; } = 60;

    /// <summary>Largest upload accepted (batch input), in bytes; default 50 MiB.</summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Login attempts allowed per client address per minute, failed or not; default 10.</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Failed passwords in a row before an account is locked for <see cref="LockoutMinutes"/>; default 5.</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes; default 15.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Whether the session cookie is marked Secure (sent only over HTTPS); default true. Browsers treat http://localhost and
    /// http://127.0.0.1 as secure origins, so a laptop installation still works over plain HTTP on loopback. Set false only
    /// to reach the server over plain HTTP on another address, which exposes sessions to the network.
    /// </summary>
    public bool SecureCookies { get; set; } = true;

    /// <summary>Whether to load Credence's demo list into an empty store at start-up; default true.</summary>
    public bool LoadDemoData { get; set; } = true;

    /// <summary>
    /// SQLite's <c>synchronous</c> setting: "NORMAL" (default; in write-ahead-log mode a commit does not wait for a disk
    /// flush, and a crash can undo only the last transactions, never corrupt the file) or "FULL" (a flush per commit).
    /// </summary>
    [RegularExpression("^(?i)(NORMAL|FULL)$", ErrorMessage = "SqliteSynchronous is NORMAL or FULL.")]
    public string SqliteSynchronous { get; set; } = "NORMAL";

    /// <summary>
    /// SQLite's <c>wal_autocheckpoint</c>, in pages of 4 KiB: the write-ahead log is copied back into the database file once
    /// it holds this many pages; default 10,000 (about 40 MiB), SQLite's own default is 1,000. A checkpoint runs inside the
    /// commit that crosses the mark and flushes the disk twice; at 1,000 pages the single-screening writer checkpointed several
    /// times a second, writing the same hot pages (table ends, index pages) again each time.
    /// </summary>
    [Range(100, 1_000_000)]
    public int SqliteWalAutocheckpointPages { get; set; } = 10_000;

    /// <summary>How often the store is checked for list snapshots activated elsewhere (by the command line), in seconds; default 10.</summary>
    [Range(1, 3600)]
    public int CorpusRefreshSeconds { get; set; } = 10;
}
