namespace Credence.Web.Endpoints;

/// <summary>
/// One challenge in full. Endorsements are the numbered, alphabetised list; anonymous endorsements are only counted.
/// Near-duplicate pairs are names a person should check; problems are what the import found that does not add up.
/// </summary>
public sealed record ChallengeDetail(
    ChallengeListItem Summary,
    IReadOnlyList<string> Addressees,
    IReadOnlyList<string> Demands,
    string? Text,
    IReadOnlyList<ChallengeContactItem> Contacts,
    IReadOnlyList<ChallengeEndorsementItem> Endorsements,
    int? StatedCount,
    IReadOnlyList<IReadOnlyList<string>> NearDuplicates,
    IReadOnlyList<string> Problems,
    string ReceivedBy);
