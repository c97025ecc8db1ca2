namespace Credence.Store.Credentials.Model;

/// <summary>What the organisation decided on an <see cref="AuthorityClaim"/>.</summary>
public enum RecognitionOutcome
{
    /// <summary>The authority is recognised as competent to appoint the member's delegation.</summary>
    Recognised,

    /// <summary>The claim is not recognised.</summary>
    NotRecognised,

    /// <summary>Decision put off; the status quo stays.</summary>
    Deferred,
}
