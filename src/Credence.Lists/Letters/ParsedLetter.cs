namespace Credence.Lists.Letters;

/// <summary>
/// A sign-on letter read from plain text: what it says about itself and who signed it. Serialised with camelCase it is the
/// JSON of <c>credence letters parse --json</c> and of <c>POST /api/challenges/import</c>.
/// </summary>
/// <param name="Title">The subject line or first heading.</param>
/// <param name="Date">The date the letter gives, if any.</param>
/// <param name="StatedCount">The number of signatories the text states ("the undersigned 259 organizations"), if it states one.</param>
/// <param name="ParsedCount">The number of distinct signatories parsed.</param>
/// <param name="Addressees">Who the letter is addressed to, one entry per person or body.</param>
/// <param name="Contacts">The contact people named in the letter.</param>
/// <param name="Signatories">The signatories, deduplicated on their normalised names, alphabetised and numbered from 1.</param>
/// <param name="NearDuplicates">Pairs of signatory names so alike that a person should decide whether they are the same.</param>
/// <param name="Demands">The demands the letter makes (its "call on ... to" list), one entry each.</param>
/// <param name="Problems">What does not add up: a stated count that differs from the list, a gap or repeat in the numbering, exact duplicates removed.</param>
public sealed record ParsedLetter(
    string Title,
    DateOnly? Date,
    int? StatedCount,
    int ParsedCount,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<LetterContact> Contacts,
    IReadOnlyList<LetterSignatory> Signatories,
    IReadOnlyList<IReadOnlyList<string>> NearDuplicates,
    IReadOnlyList<string> Demands,
    IReadOnlyList<string> Problems);
