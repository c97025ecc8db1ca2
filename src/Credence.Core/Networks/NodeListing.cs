namespace Credence.Core.Networks;

/// <summary>One listing of a graph node by a sanctioning authority.</summary>
/// <param name="Authority">Lower-case authority code: "us", "eu", "gb", "ca", "un", another ISO country code, or "" when the source does
/// not say. <see cref="ExposureOptions.AuthorityRegimes"/> maps it to a regime.</param>
/// <param name="Program">The programme or regime as published (e.g. "BURMA-EO14014"), or null.</param>
/// <param name="AuthorityName">The authority as the source names it (e.g. "Office of Foreign Assets Control"), or null.</param>
/// <param name="Start">First day the listing is in force, or null when unknown (treated as always in force before its end).</param>
/// <param name="End">Last day the listing is in force, or null while it is in force.</param>
/// <param name="Source">Where the listing was read (dataset or file name), or null.</param>
public sealed record NodeListing(
    string Authority,
    string? Program = null,
    string? AuthorityName = null,
    DateOnly? Start = null,
    DateOnly? End = null,
    string? Source = null)
{
    /// <summary>True when the listing is in force on <paramref name="at"/> (both ends inclusive); always true when <paramref name="at"/> is null.</summary>
    public bool IsActiveAt(DateOnly? at) =>
        at is not { } day || ((Start is not { } s || s <= day) && (End is not { } e || day <= e));
}
