namespace Credence.Store.Credentials.Model;

/// <summary>A governmental authority that claims, or may claim, to represent a member (see <see cref="AuthorityClaim"/>).</summary>
public sealed class GovernmentAuthority
{
    public long Id { get; set; }

    /// <summary>The authority's name, e.g. "State Administration Council".</summary>
    public required string Name { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code of the country it governs or claims to govern, upper-case.</summary>
    public required string CountryCode { get; set; }

    /// <summary>Public facts about it: how it came to power, what it controls.</summary>
    public string? Description { get; set; }
}
