namespace Credence.Store.Screening;

/// <summary>Where the lists of a <see cref="ScreeningCorpus"/> came from.</summary>
public enum CorpusOrigin
{
    /// <summary>List files read directly, not through the store.</summary>
    Files = 0,

    /// <summary>The store's active snapshots.</summary>
    Store,

    /// <summary>The built-in demo list, used when the store has no active snapshot.</summary>
    Demo,
}
