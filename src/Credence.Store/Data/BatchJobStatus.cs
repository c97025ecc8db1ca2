namespace Credence.Store.Data;

/// <summary>Where a batch job stands.</summary>
public enum BatchJobStatus
{
    Queued,
    Running,
    Completed,

    /// <summary>Stopped by an error that is not about one row (the rows already screened are kept).</summary>
    Failed,

    /// <summary>Stopped because the server shut down or someone cancelled it.</summary>
    Cancelled,
}
