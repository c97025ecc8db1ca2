using Credence.Lists.Letters;

namespace Credence.Web.Endpoints;

/// <summary>
/// The answer to <c>POST /api/challenges/import</c>: the parsed letter in the same shape as <c>credence letters parse --json</c>,
/// plus the id of the challenge created (null for a dry run).
/// </summary>
public sealed record ChallengeImportResult(
    string Title,
    DateOnly? Date,
    int? StatedCount,
    int ParsedCount,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<LetterContact> Contacts,
    IReadOnlyList<LetterSignatory> Signatories,
    IReadOnlyList<IReadOnlyList<string>> NearDuplicates,
    IReadOnlyList<string> Demands,
    IReadOnlyList<string> Problems,
    long? ChallengeId)
{
    public static ChallengeImportResult From(ParsedLetter letter, long? challengeId)
    {
        ArgumentNullException.ThrowIfNull(letter);
        return new(letter.Title, letter.Date, letter.StatedCount, letter.ParsedCount, letter.Addressees, letter.Contacts,
            letter.Signatories, letter.NearDuplicates, letter.Demands, letter.Problems, challengeId);
    }
}
