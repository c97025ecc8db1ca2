namespace Credence.Store.SignOn;

/// <summary>
/// An open letter collecting endorsements through the public sign-on form at <c>/sign/{Slug}</c>. Its text is frozen with
/// its SHA-256 when it opens, so every endorser signs the same words.
/// </summary>
public sealed class OpenLetter
{
    public long Id { get; set; }

    /// <summary>The public address part: lower-case letters, digits and hyphens, 3 to 80 characters; unique.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>The letter's text; cannot change once the letter is open.</summary>
    public required string Text { get; set; }

    /// <summary>SHA-256 of <see cref="Text"/> (UTF-8), lower-case hex; set when the letter opens.</summary>
    public string? TextSha256 { get; set; }

    /// <summary>Submissions at or after this instant are refused.</summary>
    public DateTimeOffset Deadline { get; set; }

    public OpenLetterStatus Status { get; set; }

    /// <summary>The challenge the approved endorsements were published into, once published.</summary>
    public long? ChallengeId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? OpenedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
