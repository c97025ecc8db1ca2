namespace Credence.Web.Credentials;

/// <summary>An amendment: the full new list of persons and why.</summary>
public sealed record AmendRequest(IReadOnlyList<PersonRequest>? Persons, string? Reason);
