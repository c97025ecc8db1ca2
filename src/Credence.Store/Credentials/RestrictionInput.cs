using Credence.Store.Credentials.Model;

namespace Credence.Store.Credentials;

/// <summary>A restriction to impose on a member.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Type">What it withholds.</param>
/// <param name="LegalBasis">The instrument and article, or the decision, it rests on; required.</param>
/// <param name="StartsOn">First day in force.</param>
/// <param name="EndsOn">Last day in force; null when open-ended.</param>
public sealed record RestrictionInput(long MemberId, RestrictionType Type, string LegalBasis, DateOnly StartsOn, DateOnly? EndsOn = null);
