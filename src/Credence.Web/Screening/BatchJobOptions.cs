namespace Credence.Web.Screening;

/// <summary>Defaults a batch applies to rows that do not set their own: threshold in [0,1] (null = matcher default) and limit.</summary>
public sealed record BatchJobOptions(double? Threshold, int? Limit);
