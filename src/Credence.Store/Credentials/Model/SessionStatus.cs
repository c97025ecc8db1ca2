namespace Credence.Store.Credentials.Model;

/// <summary>Whether an assembly session still takes credentials work.</summary>
public enum SessionStatus
{
    /// <summary>Delegations are submitted, screened, re-screened on list changes and decided.</summary>
    Open,

    /// <summary>The session is over: no more re-screening; the record stays.</summary>
    Closed,
}
