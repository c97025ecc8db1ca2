namespace Credence.Store.SignOn;

/// <summary>A new open letter (created as a draft).</summary>
/// <param name="Slug">Its public address part: lower-case letters, digits and hyphens, 3 to 80 characters.</param>
/// <param name="Title">Required, up to 500 characters.</param>
/// <param name="Text">The letter's text; required, up to 5 MB; frozen when the letter opens.</param>
/// <param name="Deadline">Submissions at or after this instant are refused; must be in the future.</param>
public sealed record OpenLetterInput(string Slug, string Title, string Text, DateTimeOffset Deadline);
