namespace Credence.Store.Credentials.Model;

/// <summary>
/// A restriction on a member's rights, with its legal basis and dates. An appeal does not suspend it: it stays in force
/// from <see cref="StartsOn"/> to <see cref="EndsOn"/> (or until lifted) whether or not it is appealed.
/// </summary>
public sealed class Restriction
{
    public long Id { get; set; }

    public long MemberId { get; set; }

    public RestrictionType Type { get; set; }

    /// <summary>The instrument and article, or the decision, it rests on.</summary>
    public required string LegalBasis { get; set; }

    public DateOnly StartsOn { get; set; }

    /// <summary>The last day it applies; null when open-ended.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>True once the member appealed; the restriction stays in force while the appeal runs.</summary>
    public bool Appealed { get; set; }

    public DateOnly? AppealedOn { get; set; }

    /// <summary>The day it was lifted early (e.g. an appeal upheld); it does not apply from that day.</summary>
    public DateOnly? LiftedOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }

    /// <summary>True when the restriction applies on <paramref name="day"/>; <see cref="Appealed"/> makes no difference.</summary>
    public bool IsInForceOn(DateOnly day) =>
        StartsOn <= day && (EndsOn is null || day <= EndsOn) && (LiftedOn is null || day < LiftedOn);
}
