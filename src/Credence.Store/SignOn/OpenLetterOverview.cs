namespace Credence.Store.SignOn;

/// <summary>An open letter with its endorsement counts, for the administration page.</summary>
/// <param name="Letter">The letter.</param>
/// <param name="Unconfirmed">Submitted but not confirmed by email.</param>
/// <param name="AwaitingModeration">Confirmed and waiting for a moderator.</param>
/// <param name="Approved">Approved (named and anonymous).</param>
/// <param name="Rejected">Rejected.</param>
public sealed record OpenLetterOverview(OpenLetter Letter, int Unconfirmed, int AwaitingModeration, int Approved, int Rejected);
