using System.Text.Json;
using Credence.Store.Batch;
using Credence.Store.Data;
using Credence.Store.Screening;
using Credence.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Credence.Web.Screening;

/// <summary>
/// Runs one batch job: counts the input's rows, then reads it again streaming, screens rows on
/// <see cref="Workers"/> threads and stores them <see cref="ChunkSize"/> at a time (one transaction each), updating the
/// job's progress after each chunk. Rows that cannot be screened are stored as <see cref="BatchRowError"/>s and the rest
/// goes on. A job interrupted by a shutdown resumes after its last stored row.
/// </summary>
public sealed class BatchRunner
{
    /// <summary>Rows stored per transaction: 256.</summary>
    public const int ChunkSize = 256;

    /// <summary>Longest row error message kept, in characters: 1,000.</summary>
    public const int MaxErrorLength = 1000;

    private readonly CredenceDbContext _db;
    private readonly ScreeningRecorder _recorder;
    private readonly CorpusProvider _corpora;
    private readonly StoreWriteGate _gate;
    private readonly TimeProvider _time;
    private readonly ILogger<BatchRunner> _logger;

    public BatchRunner(
        CredenceDbContext db,
        ScreeningRecorder recorder,
        CorpusProvider corpora,
        StoreWriteGate gate,
        TimeProvider time,
        ILogger<BatchRunner> logger)
    {
        _db = db;
        _recorder = recorder;
        _corpora = corpora;
        _gate = gate;
        _time = time;
        _logger = logger;
    }

    /// <summary>
    /// Screening threads: one fewer than the machine's cores (at least one), so that requests are still served while a
    /// 100,000-row batch runs.
    /// </summary>
    public static int Workers => Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Runs job <paramref name="jobId"/> if it is queued or was interrupted; a finished job is left alone.</summary>
    public async Task RunAsync(long jobId, CancellationToken cancellationToken)
    {
        var job = await _db.BatchJobs.FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken).ConfigureAwait(false);
        if (job is null || job.Status is not (BatchJobStatus.Queued or BatchJobStatus.Running)) return;
        if (job.InputPath is null || !File.Exists(job.InputPath))
        {
            await FinishAsync(job, BatchJobStatus.Failed, "The input file is missing; submit the batch again.", cancellationToken).ConfigureAwait(false);
            return;
        }
        try
        {
            await RunCoreAsync(job, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Rows stored so far stay; the job says why it stopped instead of staying "running" for ever.
            _logger.LogError(ex, "Batch job {JobId} failed", jobId);
            _db.ChangeTracker.Clear();
            var failed = await _db.BatchJobs.FirstAsync(j => j.Id == jobId, cancellationToken).ConfigureAwait(false);
            await FinishAsync(failed, BatchJobStatus.Failed, "The batch stopped: " + ex.Message, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task RunCoreAsync(BatchJob job, CancellationToken cancellationToken)
    {
        var options = JsonSerializer.Deserialize<BatchJobOptions>(job.OptionsJson, BatchInputReader.JsonOptions) ?? new BatchJobOptions(null, null);
        var resume = await ResumePointAsync(job, cancellationToken).ConfigureAwait(false);
        job.Status = BatchJobStatus.Running;
        job.StartedAt ??= _time.GetUtcNow();
        using (var counting = File.OpenRead(job.InputPath!))
        {
            job.TotalRows = Read(job, counting).Count();
        }
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        _db.ChangeTracker.Clear();

        var corpus = await _corpora.GetAsync(cancellationToken).ConfigureAwait(false);
        var pending = new List<RowOutcome>(ChunkSize);
        using (var input = File.OpenRead(job.InputPath!))
        {
            await OrderedPipeline.RunAsync(
                Read(job, input).Where(r => r.Row > resume),
                row => Screen(corpus, job, options, row),
                async (outcome, token) =>
                {
                    pending.Add(outcome);
                    if (pending.Count >= ChunkSize) await FlushAsync(corpus, job.Id, pending, token).ConfigureAwait(false);
                },
                Workers,
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        await FlushAsync(corpus, job.Id, pending, cancellationToken).ConfigureAwait(false);

        var done = await _db.BatchJobs.FirstAsync(j => j.Id == job.Id, cancellationToken).ConfigureAwait(false);
        File.Delete(job.InputPath!);
        done.InputPath = null;
        await FinishAsync(done, BatchJobStatus.Completed, null, cancellationToken).ConfigureAwait(false);
        _logger.LogInformation("Batch job {JobId} completed: {Rows} rows, {Errors} errors", done.Id, done.ProcessedRows, done.ErrorRows);
    }

    private static IEnumerable<BatchRowInput> Read(BatchJob job, Stream stream) =>
        string.Equals(Path.GetExtension(job.InputPath), ".json", StringComparison.OrdinalIgnoreCase)
            ? BatchInputReader.ReadJson(stream)
            : BatchInputReader.ReadCsv(stream);

    // The CPU-bound half, on the pipeline's workers: validate and screen, nothing stored.
    private RowOutcome Screen(ScreeningCorpus corpus, BatchJob job, BatchJobOptions options, BatchRowInput row)
    {
        if (row.Input is null) return new RowOutcome(row.Row, null, row.Error ?? "The row could not be read.");
        var input = row.Input with { Threshold = row.Input.Threshold ?? options.Threshold, Limit = row.Input.Limit ?? options.Limit };
        var check = ScreeningInputs.Check(input);
        if (!check.IsValid) return new RowOutcome(row.Row, null, check.Message);
        var request = new ScreeningRequest
        {
            Query = check.Query!,
            Actor = job.CreatedBy,
            Origin = ScreeningOrigin.Batch,
            Threshold = input.Threshold,
            Limit = input.Limit ?? 10,
            BatchJobId = job.Id,
            BatchRow = row.Row,
        };
        return new RowOutcome(row.Row, _recorder.Screen(corpus, request), null);
    }

    private async Task FlushAsync(ScreeningCorpus corpus, long jobId, List<RowOutcome> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        // One chunk per turn: single screenings queued meanwhile are stored before the next chunk.
        await _gate.RunAsync(() => StoreChunkAsync(corpus, jobId, pending, cancellationToken), cancellationToken).ConfigureAwait(false);
        pending.Clear();
    }

    private async Task<int> StoreChunkAsync(ScreeningCorpus corpus, long jobId, List<RowOutcome> pending, CancellationToken cancellationToken)
    {
        var subjects = pending.Where(p => p.Subject is not null).Select(p => p.Subject!).ToList();
        var recorded = subjects.Count == 0
            ? []
            : await _recorder.StoreAsync(corpus, subjects, cancellationToken).ConfigureAwait(false);
        var errors = pending.Where(p => p.Error is not null)
            .Select(p => new BatchRowError
            {
                BatchJobId = jobId,
                Row = p.Row,
                Message = p.Error!.Length > MaxErrorLength ? p.Error[..MaxErrorLength] : p.Error,
            })
            .ToList();
        if (errors.Count > 0)
        {
            _db.BatchRowErrors.AddRange(errors);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            _db.ChangeTracker.Clear();
        }
        var processed = pending.Count;
        var hitRows = recorded.Count(r => r.Hits.Count > 0);
        var alerts = recorded.Sum(r => r.Record.AlertCount);
        await _db.BatchJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(
            s => s.SetProperty(j => j.ProcessedRows, j => j.ProcessedRows + processed)
                .SetProperty(j => j.ErrorRows, j => j.ErrorRows + errors.Count)
                .SetProperty(j => j.HitRows, j => j.HitRows + hitRows)
                .SetProperty(j => j.AlertCount, j => j.AlertCount + alerts),
            cancellationToken).ConfigureAwait(false);
        return processed;
    }

    // After a restart, rows already stored are skipped and the counters are taken from what is stored.
    private async Task<int> ResumePointAsync(BatchJob job, CancellationToken cancellationToken)
    {
        if (job.Status == BatchJobStatus.Queued) return 0;
        var screenings = _db.Screenings.Where(s => s.BatchJobId == job.Id);
        var errors = _db.BatchRowErrors.Where(e => e.BatchJobId == job.Id);
        var lastScreened = await screenings.MaxAsync(s => s.BatchRow, cancellationToken).ConfigureAwait(false) ?? 0;
        var lastError = await errors.MaxAsync(e => (int?)e.Row, cancellationToken).ConfigureAwait(false) ?? 0;
        job.ErrorRows = await errors.CountAsync(cancellationToken).ConfigureAwait(false);
        job.ProcessedRows = await screenings.CountAsync(cancellationToken).ConfigureAwait(false) + job.ErrorRows;
        job.HitRows = await screenings.CountAsync(s => s.HitCount > 0, cancellationToken).ConfigureAwait(false);
        job.AlertCount = await screenings.SumAsync(s => s.AlertCount, cancellationToken).ConfigureAwait(false);
        return Math.Max(lastScreened, lastError);
    }

    private async Task FinishAsync(BatchJob job, BatchJobStatus status, string? failure, CancellationToken cancellationToken)
    {
        job.Status = status;
        job.Failure = failure is { Length: > MaxErrorLength } ? failure[..MaxErrorLength] : failure;
        job.FinishedAt = _time.GetUtcNow();
        await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private sealed record RowOutcome(int Row, ScreenedSubject? Subject, string? Error);
}
