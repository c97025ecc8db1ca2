using Credence.Core.Entities;
using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>A query after normalisation, computed once per screening.</summary>
internal sealed record NormalizedQuery(NormalizedName Name, string? CountryCode, HashSet<string> Identifiers)
{
    public static NormalizedQuery From(ScreeningQuery query, NameNormalizer normalizer)
    {
        var name = normalizer.Normalize(query.Name, query.Schema ?? EntitySchema.Unknown);
        var country = Countries.ToCode(query.Country);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in query.Identifiers)
        {
            var n = QualifierScorer.NormalizeIdentifier(id);
            if (n.Length >= 4) ids.Add(n);
        }
        return new NormalizedQuery(name, country, ids);
    }
}
