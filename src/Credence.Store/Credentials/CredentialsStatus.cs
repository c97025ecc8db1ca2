namespace Credence.Store.Credentials;

/// <summary>How a credentials workflow call ended; hosts map it to a response (404, 400, 403, 409).</summary>
public enum CredentialsStatus
{
    /// <summary>Done; the result holds the value.</summary>
    Ok,

    /// <summary>A member, session, delegation or other id does not exist.</summary>
    NotFound,

    /// <summary>The input is not valid; the errors say which field and why.</summary>
    Invalid,

    /// <summary>The actor may not do this (e.g. a focal point acting for another member).</summary>
    Forbidden,

    /// <summary>The record is locked by a decision, or the session is closed: a change needs a new decision.</summary>
    Locked,

    /// <summary>The request clashes with what is stored (e.g. the same authority submitting twice).</summary>
    Conflict,
}
