using Credence.Core.Matching;
using Credence.Core.Text;

namespace Credence.Store.Screening;

/// <summary>
/// What makes two screenings "the same subject" for suppressions: the normalised name's tokens in sorted order (so
/// "HLAING, Min Aung" and "Min Aung Hlaing" are one subject), then the date of birth and the country when given. A
/// false-positive decision on one subject never silences another person who only shares a similar name.
/// </summary>
public static class SubjectKeys
{
    /// <summary>The key for <paramref name="query"/>, e.g. "aung hlaing min|1956-07-03|mm".</summary>
    public static string For(ScreeningQuery query, NameNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(normalizer);
        var tokens = normalizer.Normalize(query.Name, query.Schema ?? Core.Entities.EntitySchema.Unknown).Tokens
            .Select(t => t.Text)
            .Order(StringComparer.Ordinal);
        var name = string.Join(' ', tokens);
        if (name.Length == 0) name = query.Name.Trim().ToLowerInvariant();
        return string.Join('|', name, query.BirthDate?.ToString() ?? "", query.Country?.Trim().ToLowerInvariant() ?? "");
    }
}
