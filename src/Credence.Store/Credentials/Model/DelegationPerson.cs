namespace Credence.Store.Credentials.Model;

/// <summary>A person in one version of a delegation. Rows of earlier versions stay unchanged as history.</summary>
public sealed class DelegationPerson
{
    public long Id { get; set; }

    public long DelegationId { get; set; }

    /// <summary>The delegation version this row belongs to.</summary>
    public int Version { get; set; }

    public DelegationRole Role { get; set; }

    /// <summary>The name as the credential letter gives it.</summary>
    public required string Name { get; set; }

    /// <summary>Other names and spellings, one per line; each is screened too.</summary>
    public string? Aliases { get; set; }

    /// <summary>Date of birth as "YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public string? BirthDate { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, upper-case.</summary>
    public string? Nationality { get; set; }

    /// <summary>The person's office, e.g. "Chief of the Myanmar Police Force".</summary>
    public string? Function { get; set; }

    /// <summary>Rank or title, e.g. "Police Lieutenant General".</summary>
    public string? Rank { get; set; }

    /// <summary>Passport or identity card number.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>The aliases as a list (empty lines dropped).</summary>
    public IReadOnlyList<string> AliasList() =>
        string.IsNullOrWhiteSpace(Aliases)
            ? []
            : [.. Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
