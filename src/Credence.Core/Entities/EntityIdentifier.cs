namespace Credence.Core.Entities;

/// <summary>An identifying document or number: passport, national id, IMO number, registration, tax id.</summary>
/// <param name="Type">The list's own label, e.g. "Passport", "National ID No.", "IMO", "Registration Number".</param>
/// <param name="Value">The number as published.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code (lower case) of the issuing country, when known.</param>
public sealed record EntityIdentifier(string Type, string Value, string? Country = null);
