namespace Credence.Store.SignOn;

/// <summary>What the public may see of a letter's endorsements: the approved, named ones and a count of the anonymous ones.</summary>
/// <param name="Organisations">Approved, confirmed, named endorsers, deduplicated, alphabetised and numbered from 1.</param>
/// <param name="Anonymous">Approved, confirmed endorsements withheld by request.</param>
public sealed record PublicSignatures(IReadOnlyList<(int Number, string Name)> Organisations, int Anonymous)
{
    /// <summary>Named plus anonymous.</summary>
    public int Total => Organisations.Count + Anonymous;
}
