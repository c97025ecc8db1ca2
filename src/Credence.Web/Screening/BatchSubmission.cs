using System.Globalization;
using System.Text.Json;
using Credence.Store.Data;
using Credence.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Credence.Web.Screening;

/// <summary>
/// Accepts batch inputs (the API and the batch page share it): saves the input under the store's folder in uploads/, checks
/// it, records a queued <see cref="BatchJob"/> and hands it to <see cref="BatchWorker"/>. Uploads over
/// <see cref="CredenceServerOptions.MaxUploadBytes"/> are refused with 413 and nothing is kept.
/// </summary>
public sealed class BatchSubmission
{
    /// <summary>Row errors listed with a job's status: the first 100.</summary>
    public const int ListedErrors = 100;

    private readonly CredenceDbContext _db;
    private readonly StoreLocation _store;
    private readonly TimeProvider _time;
    private readonly BatchQueue _queue;
    private readonly long _maxBytes;

    public BatchSubmission(
        CredenceDbContext db, StoreLocation store, TimeProvider time, BatchQueue queue, IOptions<CredenceServerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _store = store;
        _time = time;
        _queue = queue;
        _maxBytes = options.Value.MaxUploadBytes;
    }

    /// <summary>The largest input accepted, in bytes.</summary>
    public long MaxBytes => _maxBytes;

    /// <summary>The folder inputs wait in until their job ends: "uploads" in the store's data folder.</summary>
    public string UploadFolder => Path.Combine(_store.DataFolder, "uploads");

    /// <summary>The answer for an input over the limit.</summary>
    public BatchSubmissionResult TooLarge() => BatchSubmissionResult.Refused(
        StatusCodes.Status413PayloadTooLarge,
        "Upload too large",
        string.Create(CultureInfo.InvariantCulture, $"Batch inputs are limited to {_maxBytes:N0} bytes; split the file and send it in parts."));

    /// <summary>Queues a CSV upload.</summary>
    public Task<BatchSubmissionResult> SubmitCsvAsync(
        Stream content, string fileName, string actor, BatchJobOptions options, CancellationToken cancellationToken) =>
        SubmitAsync(content, Path.GetFileName(fileName), ".csv", actor, options, BatchInputReader.CheckCsv, cancellationToken);

    /// <summary>Queues a JSON array of subjects.</summary>
    public Task<BatchSubmissionResult> SubmitJsonAsync(
        Stream content, string actor, BatchJobOptions options, CancellationToken cancellationToken) =>
        SubmitAsync(content, "json", ".json", actor, options, CheckJson, cancellationToken);

    /// <summary>The job <paramref name="id"/> with its first row errors, or null.</summary>
    public async Task<BatchJobView?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        var job = await _db.BatchJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken).ConfigureAwait(false);
        if (job is null) return null;
        var errors = await _db.BatchRowErrors.AsNoTracking()
            .Where(e => e.BatchJobId == id)
            .OrderBy(e => e.Row)
            .Take(ListedErrors)
            .Select(e => new BatchRowErrorView(e.Row, e.Message))
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return BatchJobView.From(job, errors);
    }

    /// <summary>The most recent jobs, newest first (without their row errors).</summary>
    public async Task<IReadOnlyList<BatchJobView>> ListAsync(int count, CancellationToken cancellationToken)
    {
        var jobs = await _db.BatchJobs.AsNoTracking()
            .OrderByDescending(j => j.Id)
            .Take(count)
            .ToListAsync(cancellationToken)
            .ConfigureAwait(false);
        return [.. jobs.Select(j => BatchJobView.From(j, []))];
    }

    private async Task<BatchSubmissionResult> SubmitAsync(
        Stream content,
        string inputName,
        string extension,
        string actor,
        BatchJobOptions options,
        Func<string, string?> check,
        CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(UploadFolder);
        var path = Path.Combine(UploadFolder, Guid.NewGuid().ToString("N") + extension);
        var kept = false;
        try
        {
            if (!await CopyLimitedAsync(content, path, cancellationToken).ConfigureAwait(false)) return TooLarge();
            var problem = check(path);
            if (problem is not null) return BatchSubmissionResult.Refused(StatusCodes.Status400BadRequest, "Not a batch input", problem);

            var job = new BatchJob
            {
                CreatedAt = _time.GetUtcNow(),
                CreatedBy = actor,
                InputName = inputName.Length > 200 ? inputName[..200] : inputName,
                InputPath = path,
                Status = BatchJobStatus.Queued,
                OptionsJson = JsonSerializer.Serialize(options, BatchInputReader.JsonOptions),
            };
            _db.BatchJobs.Add(job);
            await _db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            kept = true;
            _queue.Enqueue(job.Id);
            return new BatchSubmissionResult(job, StatusCodes.Status202Accepted, null, null);
        }
        finally
        {
            if (!kept) File.Delete(path);
        }
    }

    // Copies at most MaxBytes; false (and a partial file the caller deletes) when the input is longer.
    private async Task<bool> CopyLimitedAsync(Stream content, string path, CancellationToken cancellationToken)
    {
        var output = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await using (output.ConfigureAwait(false))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                total += read;
                if (total > _maxBytes) return false;
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            }
        }
        return true;
    }

    private static string? CheckJson(string path)
    {
        using var stream = File.OpenRead(path);
        int b;
        do
        {
            b = stream.ReadByte();
        }
        while (b is ' ' or '\t' or '\r' or '\n' or 0xEF or 0xBB or 0xBF);
        return b == '[' ? null : "The body must be a JSON array of subjects, e.g. [{\"name\": \"Min Aung Hlaing\"}].";
    }
}
