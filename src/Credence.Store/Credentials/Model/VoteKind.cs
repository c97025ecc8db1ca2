namespace Credence.Store.Credentials.Model;

/// <summary>How a decision was taken.</summary>
public enum VoteKind
{
    Consensus,

    /// <summary>A recorded vote: for, against and abstentions.</summary>
    Tally,
}
