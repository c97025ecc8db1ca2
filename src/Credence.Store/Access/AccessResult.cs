namespace Credence.Store.Access;

/// <summary>The outcome of creating a user or a key: the secret to show once, or why it could not be made.</summary>
/// <param name="Name">The user or key name.</param>
/// <param name="Role">The role granted.</param>
/// <param name="Secret">The generated password or API key; shown once and never stored in clear. Null on failure.</param>
/// <param name="Error">Why nothing was created; null on success.</param>
public sealed record AccessResult(string Name, string Role, string? Secret, string? Error)
{
    public bool Succeeded => Error is null;
}
