namespace Credence.Store.Credentials;

/// <summary>A new assembly session.</summary>
/// <param name="Number">The session's ordinal, e.g. 89; unique.</param>
/// <param name="Name">e.g. "89th INTERPOL General Assembly".</param>
/// <param name="Place">e.g. "Istanbul, Türkiye".</param>
/// <param name="StartsOn">First day.</param>
/// <param name="EndsOn">Last day; not before <paramref name="StartsOn"/>.</param>
/// <param name="CredentialsDeadline">Submissions after this instant are flagged late.</param>
/// <param name="RuleSetId">The rules in force (a loaded <see cref="Model.RuleSet"/>).</param>
public sealed record SessionInput(
    int Number, string Name, string Place, DateOnly StartsOn, DateOnly EndsOn, DateTimeOffset CredentialsDeadline, long RuleSetId);
