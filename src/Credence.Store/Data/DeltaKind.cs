namespace Credence.Store.Data;

/// <summary>How an entity differs between a snapshot and the one it replaced.</summary>
public enum DeltaKind
{
    Added,
    Removed,
    Changed,
}
