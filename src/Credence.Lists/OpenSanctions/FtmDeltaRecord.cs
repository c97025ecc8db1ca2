namespace Credence.Lists.OpenSanctions;

/// <summary>One line of an OpenSanctions delta file: an operation on one entity.</summary>
/// <param name="Op">The operation as written, upper-cased: "ADD", "MOD" or "DEL" (anything else is reported and skipped by
/// <see cref="FtmDelta.Apply"/>).</param>
/// <param name="Entity">The entity the operation carries; for DEL only its id is needed.</param>
/// <param name="Line">The 1-based line of the file.</param>
public sealed record FtmDeltaRecord(string Op, FtmRecord Entity, int Line);
