namespace Credence.Store.Credentials.Model;

/// <summary>What a piece of evidence linked to a decision is.</summary>
public enum EvidenceKind
{
    Alert,

    Screening,

    Challenge,

    Dispute,
}
