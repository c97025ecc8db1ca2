namespace Credence.Store.Credentials.Model;

/// <summary>One endorsing organisation of a challenge, numbered in the alphabetised list.</summary>
public sealed class ChallengeEndorsement
{
    public long Id { get; set; }

    public long ChallengeId { get; set; }

    /// <summary>Its number in the alphabetised list, from 1.</summary>
    public int Number { get; set; }

    public required string Organisation { get; set; }
}
