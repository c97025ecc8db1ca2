namespace Credence.Store.Credentials.Rules;

/// <summary>One article of an instrument that decisions may cite.</summary>
/// <param name="Key">"instrument/article", e.g. "constitution/art-7": what a decision's grounds cite.</param>
/// <param name="Number">The article's number as the instrument gives it, e.g. "7".</param>
/// <param name="Title">A short title.</param>
/// <param name="Summary">What it says and when it is cited, in the rule set author's words.</param>
public sealed record RuleArticle(string Key, string Number, string Title, string Summary);
