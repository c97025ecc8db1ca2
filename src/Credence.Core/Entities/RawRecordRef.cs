namespace Credence.Core.Entities;

/// <summary>Where an entity came from in its source file, so a person can look at the raw record.</summary>
/// <param name="File">The file name (no folder) the record was read from.</param>
/// <param name="Location">A line ("line 12") or an element path ("sdnEntry[uid=36]"), as the reader gives it.</param>
public sealed record RawRecordRef(string File, string Location);
