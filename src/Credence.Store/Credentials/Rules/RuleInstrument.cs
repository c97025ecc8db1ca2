namespace Credence.Store.Credentials.Rules;

/// <summary>An instrument (a constitution, rules of procedure, a resolution) with its citable articles.</summary>
/// <param name="Id">Its id within the rule set, e.g. "constitution".</param>
/// <param name="Title">Its full title.</param>
/// <param name="Articles">The articles, in the order given.</param>
public sealed record RuleInstrument(string Id, string Title, IReadOnlyList<RuleArticle> Articles);
