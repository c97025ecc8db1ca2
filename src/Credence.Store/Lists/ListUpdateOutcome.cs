namespace Credence.Store.Lists;

/// <summary>What an update of one source did.</summary>
/// <param name="SourceId">The source that was updated.</param>
/// <param name="DownloadedBytes">Bytes downloaded for this source, all files together.</param>
/// <param name="Import">The import of the downloaded files; null when the download failed.</param>
/// <param name="FailureReason">Why the update failed (download or import); null when it succeeded.</param>
public sealed record ListUpdateOutcome(string SourceId, long DownloadedBytes, ListImportResult? Import, string? FailureReason)
{
    public bool Succeeded => FailureReason is null;
}
