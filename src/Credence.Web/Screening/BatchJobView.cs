using System.Text.Json;
using Credence.Store.Data;

namespace Credence.Web.Screening;

/// <summary>A batch job's status and progress as the API returns it.</summary>
/// <param name="Id">The job id.</param>
/// <param name="Status">queued, running, completed, failed or cancelled.</param>
/// <param name="InputName">The uploaded file's name, or "json".</param>
/// <param name="CreatedBy">Who submitted it.</param>
/// <param name="CreatedAt">When it was submitted (UTC).</param>
/// <param name="StartedAt">When the worker started it.</param>
/// <param name="FinishedAt">When it ended.</param>
/// <param name="TotalRows">Data rows in the input; 0 until the input has been counted.</param>
/// <param name="ProcessedRows">Rows screened or reported as errors so far.</param>
/// <param name="ErrorRows">Rows that could not be screened (see <paramref name="Errors"/>).</param>
/// <param name="HitRows">Rows with at least one hit.</param>
/// <param name="AlertCount">New alerts raised.</param>
/// <param name="Failure">Why the job failed, if it did.</param>
/// <param name="ResultsCsv">Where to download the results as CSV.</param>
/// <param name="ResultsJson">Where to download the results as JSON.</param>
/// <param name="Errors">The first row errors (row number and message), in row order.</param>
public sealed record BatchJobView(
    long Id,
    string Status,
    string InputName,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int TotalRows,
    int ProcessedRows,
    int ErrorRows,
    int HitRows,
    int AlertCount,
    string? Failure,
    string ResultsCsv,
    string ResultsJson,
    IReadOnlyList<BatchRowErrorView> Errors)
{
    /// <summary>True once the job has stopped (completed, failed or cancelled).</summary>
    public bool IsFinished => Status is "completed" or "failed" or "cancelled";

    public static BatchJobView From(BatchJob job, IReadOnlyList<BatchRowErrorView> errors)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new BatchJobView(
            job.Id,
            JsonNamingPolicy.CamelCase.ConvertName(job.Status.ToString()),
            job.InputName,
            job.CreatedBy,
            job.CreatedAt,
            job.StartedAt,
            job.FinishedAt,
            job.TotalRows,
            job.ProcessedRows,
            job.ErrorRows,
            job.HitRows,
            job.AlertCount,
            job.Failure,
            $"/api/screenings/batch/{job.Id}/results.csv",
            $"/api/screenings/batch/{job.Id}/results.json",
            errors);
    }
}
