namespace Credence.Store.Data;

/// <summary>
/// One stored screening: who ran it and when, the query, the options, the algorithm version and the list snapshots it ran
/// against (ids and SHA-256s), with its hits in <see cref="ScreeningHitRecord"/>.
/// </summary>
public sealed class ScreeningRecord
{
    public long Id { get; set; }

    public DateTimeOffset RunAt { get; set; }

    /// <summary>A user name, "key:NAME" for an API key, or "system" for monitoring.</summary>
    public required string RunBy { get; set; }

    public ScreeningOrigin Origin { get; set; }

    /// <summary>The subject's name as given.</summary>
    public required string QueryName { get; set; }

    /// <summary>The subject as given (name, schema, date of birth, country, identifiers, reference) as JSON.</summary>
    public required string QueryJson { get; set; }

    /// <summary>What identifies the subject across screenings, for suppressions (see <c>SubjectKeys</c>).</summary>
    public required string SubjectKey { get; set; }

    /// <summary>Threshold, limit and the matching weights in force, as JSON.</summary>
    public required string OptionsJson { get; set; }

    /// <summary>The matching algorithm's version, e.g. "credence-match/2".</summary>
    public required string AlgorithmVersion { get; set; }

    /// <summary>The snapshots screened against: id, source, published date, SHA-256 and count of each, as JSON.</summary>
    public required string SnapshotsJson { get; set; }

    public int HitCount { get; set; }

    /// <summary>How many of the hits became alerts (at or above the threshold and not suppressed).</summary>
    public int AlertCount { get; set; }

    /// <summary>The batch job this screening was a row of, if any.</summary>
    public long? BatchJobId { get; set; }

    /// <summary>The row number in the batch's input (1 = first data row), if any.</summary>
    public int? BatchRow { get; set; }

    /// <summary>The monitored subject this screening re-checked, if any.</summary>
    public long? MonitoredSubjectId { get; set; }
}
