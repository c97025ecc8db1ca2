namespace Credence.Web.Endpoints;

/// <summary>The body of <c>POST /api/monitoring</c>.</summary>
/// <param name="Name">Required; at most 1,000 characters.</param>
/// <param name="Schema">"person", "organization", "vessel" or "aircraft"; null for any.</param>
/// <param name="BirthDate">"YYYY", "YYYY-MM" or "YYYY-MM-DD".</param>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Identifiers">Passport, national id or registration numbers.</param>
/// <param name="Reference">Your own reference for the subject.</param>
public sealed record MonitoringAddRequest(
    string? Name, string? Schema = null, string? BirthDate = null, string? Country = null, IReadOnlyList<string>? Identifiers = null,
    string? Reference = null);
