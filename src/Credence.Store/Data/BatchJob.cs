namespace Credence.Store.Data;

/// <summary>
/// A batch screening that runs in the background. Its rows' screenings are <see cref="ScreeningRecord"/>s with
/// <see cref="ScreeningRecord.BatchJobId"/> set; rows that could not be read are <see cref="BatchRowError"/>s.
/// </summary>
public sealed class BatchJob
{
    public long Id { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    /// <summary>The uploaded file's name, or "json" for a JSON array.</summary>
    public required string InputName { get; set; }

    /// <summary>Where the uploaded input waits until the job runs; deleted when it ends.</summary>
    public string? InputPath { get; set; }

    public BatchJobStatus Status { get; set; }

    /// <summary>Data rows in the input, known once it has been read through; 0 before.</summary>
    public int TotalRows { get; set; }

    /// <summary>Rows handled so far (screened or reported as errors).</summary>
    public int ProcessedRows { get; set; }

    public int ErrorRows { get; set; }

    public int HitRows { get; set; }

    public int AlertCount { get; set; }

    /// <summary>Threshold and limit asked for, as JSON.</summary>
    public required string OptionsJson { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the job failed, if it did.</summary>
    public string? Failure { get; set; }
}
