namespace Credence.Store.Data;

/// <summary>Where a list snapshot stands. Stored as its name, so the column reads the same in SQLite and PostgreSQL.</summary>
public enum SnapshotStatus
{
    /// <summary>Being written; not yet used for screening.</summary>
    Importing = 0,

    /// <summary>The snapshot screening uses for its source. At most one per source.</summary>
    Active,

    /// <summary>Was active until a newer import of the same source succeeded.</summary>
    Superseded,

    /// <summary>The import did not finish; <see cref="ListSnapshot.FailureReason"/> says why. Never used for screening.</summary>
    Failed,
}
