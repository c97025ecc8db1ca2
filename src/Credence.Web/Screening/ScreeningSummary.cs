namespace Credence.Web.Screening;

/// <summary>One line of the screenings list.</summary>
public sealed record ScreeningSummary(
    long Id, DateTimeOffset RunAt, string RunBy, string Origin, string Name, int HitCount, int AlertCount, long? BatchJobId);
