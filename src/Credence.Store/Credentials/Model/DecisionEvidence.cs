namespace Credence.Store.Credentials.Model;

/// <summary>A link from a decision to the evidence it rests on: an alert, a screening, a challenge or a dispute, by id.</summary>
public sealed class DecisionEvidence
{
    public long Id { get; set; }

    public long DecisionId { get; set; }

    public EvidenceKind Kind { get; set; }

    /// <summary>The id of the alert, screening, challenge or dispute.</summary>
    public long ReferenceId { get; set; }
}
