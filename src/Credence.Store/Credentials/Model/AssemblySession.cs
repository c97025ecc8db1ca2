namespace Credence.Store.Credentials.Model;

/// <summary>One meeting of the assembly, e.g. the 89th General Assembly, Istanbul, 23–25 November 2021.</summary>
public sealed class AssemblySession
{
    public long Id { get; set; }

    /// <summary>The session's ordinal, e.g. 89.</summary>
    public int Number { get; set; }

    public required string Name { get; set; }

    public required string Place { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>Submissions after this instant are accepted but flagged late.</summary>
    public DateTimeOffset CredentialsDeadline { get; set; }

    /// <summary>The rules in force: the <see cref="RuleSet"/> whose articles decisions may cite.</summary>
    public long RuleSetId { get; set; }

    public SessionStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
}
