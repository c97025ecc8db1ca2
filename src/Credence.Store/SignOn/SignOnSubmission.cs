using Credence.Store.Credentials;

namespace Credence.Store.SignOn;

/// <summary>The answer to a public submission; it says nothing about other endorsements.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="Errors">The invalid fields, when <paramref name="Outcome"/> is Invalid.</param>
public sealed record SignOnSubmission(SignOnOutcome Outcome, IReadOnlyList<CredentialsError> Errors)
{
    public static SignOnSubmission Of(SignOnOutcome outcome) => new(outcome, []);
}
