namespace Credence.Store.SignOn;

/// <summary>
/// One organisation's endorsement of an <see cref="OpenLetter"/>, submitted through the public form. It counts only once
/// confirmed by email and approved by a moderator. The confirmation token itself is never stored, only its SHA-256.
/// </summary>
public sealed class LetterEndorsement
{
    public long Id { get; set; }

    public long OpenLetterId { get; set; }

    /// <summary>The organisation's name as submitted (trimmed, spaces collapsed).</summary>
    public required string Organisation { get; set; }

    /// <summary>The name folded as the letter parser folds signatories; the key duplicates are found on.</summary>
    public required string NormalisedName { get; set; }

    public required string ContactName { get; set; }

    public required string Email { get; set; }

    /// <summary>SHA-256 of the confirmation token, lower-case hex.</summary>
    public required string TokenHash { get; set; }

    /// <summary>After this instant the token no longer confirms.</summary>
    public DateTimeOffset TokenExpiresAt { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public EndorsementModeration Moderation { get; set; }

    /// <summary>Why it was rejected (or a note on approval).</summary>
    public string? ModerationReason { get; set; }

    public string? ModeratedBy { get; set; }

    public DateTimeOffset? ModeratedAt { get; set; }

    /// <summary>True when the organisation asked not to be named: counted, never listed.</summary>
    public bool Anonymous { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>SHA-256 of the submitting client address, for abuse control without keeping the address.</summary>
    public string? AddressHash { get; set; }
}
