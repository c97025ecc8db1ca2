using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A person in a submitted delegation.</summary>
/// <param name="Role">Their role; a delegation needs exactly one <see cref="DelegationRole.Head"/>.</param>
/// <param name="Name">The name as the credential letter gives it; required, up to 300 characters.</param>
public sealed record PersonInput(DelegationRole Role, string Name)
{
    /// <summary>Other names and spellings; each is screened too.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>"YYYY", "YYYY-MM" or "YYYY-MM-DD".</summary>
    public string? BirthDate { get; init; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Nationality { get; init; }

    public string? Function { get; init; }

    public string? Rank { get; init; }

    public string? DocumentNumber { get; init; }
}
