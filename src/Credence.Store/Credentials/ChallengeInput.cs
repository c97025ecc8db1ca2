using Credence.Lists.Letters;

namespace Credence.Store.Credentials;

/// <summary>A challenge filed by hand (see <see cref="ChallengeWorkflow.ImportAsync"/> for a parsed sign-on letter).</summary>
/// <param name="Target">What it is filed against.</param>
/// <param name="Title">Its title; required, up to 500 characters.</param>
public sealed record ChallengeInput(ChallengeTargetRef Target, string Title)
{
    public DateOnly? Date { get; init; }

    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>The frozen text.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<string> Demands { get; init; } = [];

    public IReadOnlyList<LetterContact> Contacts { get; init; } = [];

    /// <summary>Endorsing organisations; deduplicated on the normalised name, then alphabetised and numbered.</summary>
    public IReadOnlyList<string> Endorsers { get; init; } = [];

    /// <summary>Endorsements withheld for safety: counted, never named; not negative.</summary>
    public int AnonymousEndorsements { get; init; }

    /// <summary>The count the text states, if any.</summary>
    public int? StatedCount { get; init; }

    /// <summary>What does not add up (e.g. from the letter parser).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
