namespace Credence.Lists.Common;

/// <summary>A companion file of a list set (OFAC add.csv, alt.csv, sdn_comments.csv).</summary>
public sealed record ListCompanion(string FileName, Stream Content);
