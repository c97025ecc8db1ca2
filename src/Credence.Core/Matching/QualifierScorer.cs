using System.Text;
using Credence.Core.Entities;

namespace Credence.Core.Matching;

/// <summary>
/// Date of birth, country, identifier and schema: what each adds to or takes from a name score. A name match is not an
/// identification; these confirm it or rule it out, and each effect is recorded for the explanation.
/// </summary>
internal sealed class QualifierScorer
{
    private readonly MatchingOptions _options;

    public QualifierScorer(MatchingOptions options) => _options = options;

    /// <summary>Applies the qualifiers to a name score and returns the final score in [0,1] with the effects.</summary>
    public (double Score, List<QualifierEffect> Effects) Apply(
        ScreeningQuery query, NormalizedQuery normalized, SanctionEntity entity, double nameScore, bool weakName)
    {
        var effects = new List<QualifierEffect>(4);
        var score = nameScore;

        if (weakName)
        {
            score -= _options.WeakAliasPenalty;
            effects.Add(new QualifierEffect("name-quality", "weak", -_options.WeakAliasPenalty, "the matched name is a weak (low-quality) alias"));
        }

        if (query.Schema is { } qs && qs != EntitySchema.Unknown && entity.Schema != EntitySchema.Unknown && qs != entity.Schema)
        {
            score -= _options.SchemaMismatchPenalty;
            effects.Add(new QualifierEffect("schema", "mismatch", -_options.SchemaMismatchPenalty, $"query is a {qs}, the listed party a {entity.Schema}"));
        }

        if (query.BirthDate is { } dob && entity.BirthDates.Count > 0)
        {
            var listed = string.Join(", ", entity.BirthDates.Select(d => d.ToString()));
            if (entity.BirthDates.Any(d => d.AgreesWith(dob)))
            {
                score += _options.BirthDateMatchBonus;
                effects.Add(new QualifierEffect("dob", "match", _options.BirthDateMatchBonus, $"query {dob} agrees with listed {listed}"));
            }
            else if (entity.BirthDates.Any(d => d.IsDayMonthSwapOf(dob)))
            {
                effects.Add(new QualifierEffect("dob", "partial", 0, $"query {dob} has day and month swapped against listed {listed}"));
            }
            else if (entity.BirthDates.Any(d => Math.Abs(d.Year - dob.Year) <= 1))
            {
                var delta = -_options.BirthDateMismatchPenalty / 2;
                score += delta;
                effects.Add(new QualifierEffect("dob", "partial", delta, $"query {dob} is within a year of listed {listed}"));
            }
            else
            {
                score -= _options.BirthDateMismatchPenalty;
                effects.Add(new QualifierEffect("dob", "mismatch", -_options.BirthDateMismatchPenalty, $"query {dob} differs from listed {listed}"));
            }
        }

        if (normalized.CountryCode is { } country && entity.Countries.Count > 0)
        {
            var listed = string.Join(", ", entity.Countries);
            if (entity.Countries.Any(c => string.Equals(c, country, StringComparison.OrdinalIgnoreCase)))
            {
                score += _options.CountryMatchBonus;
                effects.Add(new QualifierEffect("country", "match", _options.CountryMatchBonus, $"query {country} is among listed {listed}"));
            }
            else if (entity.Countries.Any(c => Countries.IsCode(c)))
            {
                score -= _options.CountryMismatchPenalty;
                effects.Add(new QualifierEffect("country", "mismatch", -_options.CountryMismatchPenalty, $"query {country} is not among listed {listed}"));
            }
        }

        if (normalized.Identifiers.Count > 0 && entity.Identifiers.Count > 0)
        {
            var hit = entity.Identifiers.FirstOrDefault(id => normalized.Identifiers.Contains(NormalizeIdentifier(id.Value)));
            if (hit is not null)
            {
                var floor = Math.Max(score, _options.IdentifierMatchScore);
                var delta = floor - score;
                score = floor;
                effects.Add(new QualifierEffect("identifier", "match", Math.Round(delta, 4), $"{hit.Type} {hit.Value} matches exactly"));
            }
        }

        return (Math.Round(Math.Clamp(score, 0.0, 1.0), 4), effects);
    }

    /// <summary>Identifiers compare on letters and digits only, upper case: "AB 123-456" is "AB123456".</summary>
    public static string NormalizeIdentifier(string value)
    {
        var sb = new StringBuilder(value.Length);
        foreach (var ch in value)
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToUpperInvariant(ch));
        }
        return sb.ToString();
    }
}
