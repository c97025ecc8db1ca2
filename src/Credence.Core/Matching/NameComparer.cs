using Credence.Core.Entities;
using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>Compares two names directly, without an index (token rarity then uses neutral weights).</summary>
public sealed class NameComparer
{
    public NameComparer(NameNormalizer normalizer, MatchingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(normalizer);
        _ = options;
    }

    public NameComparison Compare(string name1, string name2, EntitySchema schema = EntitySchema.Unknown) =>
        throw new NotImplementedException();
}
