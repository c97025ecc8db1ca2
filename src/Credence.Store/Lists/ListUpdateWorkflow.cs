using System.Net.Http.Headers;

namespace Credence.Store.Lists;

/// <summary>
/// Fetches lists from their publishers and imports them. Files are downloaded to a temporary folder first and imported
/// through <see cref="ListImportWorkflow"/> only when every file of the source arrived, so a failed download or a broken
/// file leaves the active snapshot as it was (a failed snapshot records why).
/// </summary>
public sealed class ListUpdateWorkflow
{
    private readonly HttpClient _http;
    private readonly ListImportWorkflow _import;

    /// <param name="http">The client to download with. Retries and per-attempt timeouts belong in its handler pipeline.</param>
    /// <param name="import">Imports what was downloaded.</param>
    public ListUpdateWorkflow(HttpClient http, ListImportWorkflow import)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(import);
        _http = http;
        _import = import;
    }

    /// <summary>Time allowed for one file, request and body together. Default 10 minutes.</summary>
    public TimeSpan DownloadTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest file accepted, in bytes. Default 1 GiB; a larger answer is not a list and is refused.</summary>
    public long MaxDownloadBytes { get; init; } = 1L << 30;

    /// <summary>Where the temporary download folders are made. Default <see cref="Path.GetTempPath"/>.</summary>
    public string? TempFolder { get; init; }

    /// <summary>Updates each source in turn; one source failing does not stop the others.</summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<IReadOnlyList<ListUpdateOutcome>> UpdateAsync(
        IEnumerable<ListUpdateSource> sources, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var outcomes = new List<ListUpdateOutcome>();
        foreach (var source in sources)
        {
            outcomes.Add(await UpdateAsync(source, cancellationToken).ConfigureAwait(false));
        }
        return outcomes;
    }

    /// <summary>Downloads one source's files and imports them as a new snapshot.</summary>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public async Task<ListUpdateOutcome> UpdateAsync(ListUpdateSource source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Urls.Count == 0) throw new ArgumentException($"Source {source.SourceId} has no URL.", nameof(source));

        var folder = Path.Combine(TempFolder ?? Path.GetTempPath(), "credence-update-" + Path.GetRandomFileName());
        Directory.CreateDirectory(folder);
        try
        {
            long bytes = 0;
            var files = new List<string>();
            foreach (var url in source.Urls)
            {
                try
                {
                    var (file, length) = await DownloadAsync(url, folder, source.SourceId, files.Count, cancellationToken).ConfigureAwait(false);
                    files.Add(file);
                    bytes += length;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    var reason = $"Download of {url} failed: {Describe(ex)}";
                    await _import.RecordFailureAsync(source.SourceId, [url.AbsolutePath], reason, cancellationToken).ConfigureAwait(false);
                    return new ListUpdateOutcome(source.SourceId, bytes, null, reason);
                }
            }

            var import = await _import.ImportAsync([folder], source.SourceId, cancellationToken).ConfigureAwait(false);
            string? failure = null;
            if (!import.Succeeded)
            {
                failure = import.Errors.Count > 0
                    ? string.Join("; ", import.Errors)
                    : string.Join("; ", import.Lists.Where(l => !l.Succeeded).Select(l => l.FailureReason));
            }
            return new ListUpdateOutcome(source.SourceId, bytes, import, failure);
        }
        finally
        {
            TryDelete(folder);
        }
    }

    private async Task<(string File, long Length)> DownloadAsync(
        Uri url, string folder, string sourceId, int index, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DownloadTimeout);
        try
        {
            using var response = await _http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            if (response.Content.Headers.ContentLength > MaxDownloadBytes)
                throw new InvalidDataException($"The file is {response.Content.Headers.ContentLength} bytes, over the limit of {MaxDownloadBytes}.");

            var path = Path.Combine(folder, FileName(url, response.Content.Headers, sourceId, index));
            var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (body.ConfigureAwait(false))
            {
                var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
                await using (file.ConfigureAwait(false))
                {
                    var buffer = new byte[81920];
                    long total = 0;
                    int read;
                    while ((read = await body.ReadAsync(buffer, timeout.Token).ConfigureAwait(false)) > 0)
                    {
                        total += read;
                        if (total > MaxDownloadBytes)
                            throw new InvalidDataException($"The file is over the limit of {MaxDownloadBytes} bytes.");
                        await file.WriteAsync(buffer.AsMemory(0, read), timeout.Token).ConfigureAwait(false);
                    }
                    if (total == 0) throw new InvalidDataException("The server sent an empty file.");
                    return (path, total);
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"No complete answer within {DownloadTimeout.TotalSeconds:0.###} s.");
        }
    }

    // The loader detects formats from content, but file names still matter for companion files (OFAC add.csv beside sdn.csv).
    private static string FileName(Uri url, HttpContentHeaders headers, string sourceId, int index)
    {
        var name = headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName;
        name = name?.Trim('"');
        if (string.IsNullOrWhiteSpace(name)) name = Uri.UnescapeDataString(url.Segments.LastOrDefault() ?? "");
        name = Path.GetFileName(name);
        if (string.IsNullOrWhiteSpace(name) || !Path.HasExtension(name) || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            var media = headers.ContentType?.MediaType ?? "";
            var extension = media.Contains("xml", StringComparison.OrdinalIgnoreCase) ? ".xml"
                : media.Contains("csv", StringComparison.OrdinalIgnoreCase) ? ".csv"
                : media.Contains("json", StringComparison.OrdinalIgnoreCase) ? ".json"
                : ".dat";
            name = $"{sourceId}-{index + 1}{extension}";
        }
        return name;
    }

    // The outer message says what failed (a timeout, a status code); for a network error the inner one says why.
    private static string Describe(Exception ex) =>
        ex is HttpRequestException { InnerException: { } inner } && !ex.Message.Contains(inner.GetBaseException().Message, StringComparison.Ordinal)
            ? $"{ex.Message} ({inner.GetBaseException().Message})"
            : ex.Message;

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the update over it would not be.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
