namespace Credence.Store.SignOn;

/// <summary>What the public sign-on form sends.</summary>
/// <param name="Organisation">The endorsing organisation; 2 to 300 characters.</param>
/// <param name="ContactName">The person submitting; 1 to 200 characters; never shown publicly.</param>
/// <param name="Email">Where the confirmation link goes; never shown publicly.</param>
/// <param name="Anonymous">True to be counted but not named.</param>
public sealed record SignOnInput(string Organisation, string ContactName, string Email, bool Anonymous);
