namespace Credence.Store.SignOn;

/// <summary>How a public submission ended.</summary>
public enum SignOnOutcome
{
    /// <summary>Stored, and a confirmation email sent.</summary>
    Submitted,

    /// <summary>A field is missing or malformed; the errors say which.</summary>
    Invalid,

    /// <summary>No such letter, or it is not open, or its deadline has passed.</summary>
    NotOpen,

    /// <summary>The organisation has already endorsed the letter (or has a confirmation pending).</summary>
    Duplicate,
}
