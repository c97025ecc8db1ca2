namespace Credence.Store.Credentials;

/// <summary>One reason a credentials request was refused.</summary>
/// <param name="Field">The input field at fault in camelCase (e.g. "persons[2].name"), or "" for the request as a whole.</param>
/// <param name="Message">What is wrong, in words a user can act on.</param>
public sealed record CredentialsError(string Field, string Message);
