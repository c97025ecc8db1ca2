namespace Credence.Store.Credentials.Model;

/// <summary>
/// A set of rules as configuration: the instruments and articles credentials decisions may cite, kept as the JSON it was
/// loaded from (see <c>RuleSetDefinition</c> and docs/credentials.md for the format).
/// </summary>
public sealed class RuleSet
{
    public long Id { get; set; }

    /// <summary>The rule set's id from its JSON, e.g. "interpol-constitution"; unique.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The JSON configuration as loaded.</summary>
    public required string Json { get; set; }

    /// <summary>SHA-256 of <see cref="Json"/> (UTF-8), lower-case hex, so a decision's rules can be traced to their exact text.</summary>
    public required string Sha256 { get; set; }

    public DateTimeOffset LoadedAt { get; set; }

    public required string LoadedBy { get; set; }
}
