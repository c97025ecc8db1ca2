using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials.Reports;

/// <summary>One person on the public participants list.</summary>
/// <param name="CountryCode">The member's ISO code.</param>
/// <param name="Member">The member's name.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Role">Their role in the delegation.</param>
/// <param name="Rank">Rank or title, if given.</param>
/// <param name="Function">Office, if given.</param>
/// <param name="Outcome">The member's decision: an accepting outcome, or observer only.</param>
public sealed record Participant(string CountryCode, string Member, string Name, DelegationRole Role, string? Rank, string? Function, CredentialsOutcome Outcome);
