namespace Credence.Web.Credentials;

/// <summary>A person in a submission: role Head, Delegate, Alternate, Adviser or Observer; birth date as YYYY, YYYY-MM or YYYY-MM-DD.</summary>
public sealed record PersonRequest(
    string? Role, string? Name, IReadOnlyList<string>? Aliases, string? BirthDate, string? Nationality, string? Function, string? Rank,
    string? DocumentNumber);
