namespace Credence.Store.Data;

/// <summary>
/// A machine's credential. Only a SHA-256 hash of the key is stored: the key itself is shown once, when it is made.
/// Keys are 256-bit random values, so a fast hash is enough (there is nothing to brute-force as with a password).
/// </summary>
public sealed class ApiKey
{
    public long Id { get; set; }

    /// <summary>What the key is for, e.g. "hr-system"; unique.</summary>
    public required string Name { get; set; }

    /// <summary>One of <see cref="CredenceRoles.All"/>.</summary>
    public required string Role { get; set; }

    /// <summary>The key's first characters ("crd_AbCd"), shown in lists so people can tell keys apart.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, lower-case hex.</summary>
    public required string Hash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who made the key: a user name, or "cli".</summary>
    public required string CreatedBy { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
