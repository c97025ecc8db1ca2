namespace Credence.Store.Credentials.Model;

/// <summary>
/// A civil-society submission against a delegation, an authority or a person, e.g. a sign-on letter. It names the member
/// and session it concerns so the committee sees it in that member's dossier. Endorsing organisations are
/// <see cref="ChallengeEndorsement"/> rows; endorsements withheld for safety are only counted.
/// </summary>
public sealed class Challenge
{
    public long Id { get; set; }

    public required string Title { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>Who it is addressed to, one per line.</summary>
    public string? Addressees { get; set; }

    /// <summary>The frozen text, when given.</summary>
    public string? Text { get; set; }

    /// <summary>What it asks for, one demand per line.</summary>
    public string? Demands { get; set; }

    public long MemberId { get; set; }

    public long SessionId { get; set; }

    public ChallengeTarget Target { get; set; }

    /// <summary>The delegation, authority or person id, by <see cref="Target"/>.</summary>
    public long TargetId { get; set; }

    /// <summary>Endorsements counted but not named.</summary>
    public int AnonymousEndorsements { get; set; }

    /// <summary>The count the text states, if it states one.</summary>
    public int? StatedCount { get; set; }

    /// <summary>What the import found that does not add up, one per line (from the letter parser).</summary>
    public string? ImportProblems { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public required string ReceivedBy { get; set; }
}
