namespace Credence.Store.Credentials.Reports;

/// <summary>A delegation as the report shows it.</summary>
/// <param name="Authority">The submitting authority.</param>
/// <param name="Head">The head of delegation's name (with rank when given).</param>
/// <param name="Persons">How many persons it has.</param>
/// <param name="Late">True when submitted after the deadline.</param>
/// <param name="Version">Its current version.</param>
/// <param name="Accepted">True when the current decision accepts this delegation.</param>
public sealed record ReportDelegation(string Authority, string Head, int Persons, bool Late, int Version, bool Accepted);
