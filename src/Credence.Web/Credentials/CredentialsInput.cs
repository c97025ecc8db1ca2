using System.Globalization;
using Credence.Store.Credentials;
using Credence.Store.Credentials.Model;

namespace Credence.Web.Credentials;

/// <summary>
/// Reads request values (enum names, dates) into store inputs, collecting one <see cref="CredentialsError"/> per bad field
/// instead of throwing, so the answer can be a ValidationProblem naming every field at once.
/// </summary>
public sealed class CredentialsInput
{
    private readonly List<CredentialsError> _errors = [];

    public IReadOnlyList<CredentialsError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    /// <summary>Adds an error for <paramref name="field"/>.</summary>
    public void Fail(string field, string message) => _errors.Add(new CredentialsError(field, message));

    /// <summary>The enum value named by <paramref name="value"/> (case-insensitive); <paramref name="fallback"/> when empty and one is given.</summary>
    public TEnum Enum<TEnum>(string field, string? value, TEnum? fallback = null)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) && fallback is { } given) return given;
        if (!string.IsNullOrWhiteSpace(value) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            && System.Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed))
        {
            return parsed;
        }
        Fail(field, $"Use one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return default;
    }

    /// <summary>A required date as yyyy-MM-dd.</summary>
    public DateOnly Date(string field, string? value)
    {
        if (DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        Fail(field, "Give a date as yyyy-MM-dd.");
        return default;
    }

    /// <summary>An optional date as yyyy-MM-dd; null when empty.</summary>
    public DateOnly? OptionalDate(string field, string? value) => string.IsNullOrWhiteSpace(value) ? null : Date(field, value);

    /// <summary>The persons of a request as store inputs; rows with neither name nor role are skipped (blank form rows).</summary>
    public IReadOnlyList<PersonInput> Persons(IReadOnlyList<PersonRequest>? persons)
    {
        var result = new List<PersonInput>();
        if (persons is null) return result;
        for (var i = 0; i < persons.Count; i++)
        {
            var p = persons[i];
            if (p is null || (string.IsNullOrWhiteSpace(p.Name) && string.IsNullOrWhiteSpace(p.Role))) continue;
            var role = Enum<DelegationRole>($"persons[{i}].role", p.Role);
            result.Add(new PersonInput(role, p.Name?.Trim() ?? "")
            {
                Aliases = [.. (p.Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())],
                BirthDate = Blank(p.BirthDate),
                Nationality = Blank(p.Nationality)?.ToUpperInvariant(),
                Function = Blank(p.Function),
                Rank = Blank(p.Rank),
                DocumentNumber = Blank(p.DocumentNumber),
            });
        }
        return result;
    }

    /// <summary>The store's decision input for a request; the organ defaults to "Credentials Committee" and the day to <paramref name="today"/>.</summary>
    public DecisionInput Decision(long sessionId, long memberId, DecisionRequestBody body, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(body);
        var outcome = Enum<CredentialsOutcome>("outcome", body.Outcome);
        var vote = Enum<VoteKind>("vote", body.Vote, VoteKind.Consensus);
        var visibility = Enum<DecisionVisibility>("visibility", body.Visibility, DecisionVisibility.Public);
        var day = string.IsNullOrWhiteSpace(body.DecidedOn) ? today : Date("decidedOn", body.DecidedOn);
        var evidence = new List<EvidenceLink>();
        var items = body.Evidence ?? [];
        for (var i = 0; i < items.Count; i++) evidence.Add(new EvidenceLink(Enum<EvidenceKind>($"evidence[{i}].kind", items[i].Kind), items[i].Id));
        return new DecisionInput(sessionId, memberId, outcome, Blank(body.Organ) ?? "Credentials Committee", day, body.Grounds?.Trim() ?? "",
            [.. (body.CitedArticles ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim())])
        {
            DelegationId = body.DelegationId,
            Vote = vote,
            VotesFor = body.VotesFor,
            VotesAgainst = body.VotesAgainst,
            Abstentions = body.Abstentions,
            Visibility = visibility,
            Evidence = evidence,
        };
    }

    /// <summary>Trims a value, null when blank.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
