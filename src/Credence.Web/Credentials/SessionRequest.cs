namespace Credence.Web.Credentials;

/// <summary>A new assembly session: dates as yyyy-MM-dd, the credentials deadline as an instant (ISO 8601 with offset), the rule set's id.</summary>
public sealed record SessionRequest(
    int Number, string? Name, string? Place, string? StartsOn, string? EndsOn, DateTimeOffset? CredentialsDeadline, long RuleSetId);
