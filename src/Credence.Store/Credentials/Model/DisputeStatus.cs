namespace Credence.Store.Credentials.Model;

/// <summary>Whether a representation dispute still waits for the committee.</summary>
public enum DisputeStatus
{
    Open,

    /// <summary>A credentials decision for the member and session settled it (for this session only).</summary>
    Decided,
}
