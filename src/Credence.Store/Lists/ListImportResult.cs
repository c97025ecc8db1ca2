namespace Credence.Store.Lists;

/// <summary>The outcome of importing a set of paths: one entry per list the loader found, plus what it could not load.</summary>
/// <param name="Lists">Each loaded list and what became of it.</param>
/// <param name="Errors">Files or folders that could not be loaded at all (not a list, unreadable, missing), one message each.</param>
public sealed record ListImportResult(IReadOnlyList<SnapshotImportOutcome> Lists, IReadOnlyList<string> Errors)
{
    /// <summary>True when every path loaded and every list became active.</summary>
    public bool Succeeded => Errors.Count == 0 && Lists.Count > 0 && Lists.All(l => l.Succeeded);
}
