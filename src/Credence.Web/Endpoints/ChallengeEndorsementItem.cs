namespace Credence.Web.Endpoints;

/// <summary>One endorsing organisation with its number in the alphabetised list.</summary>
public sealed record ChallengeEndorsementItem(int Number, string Organisation);
