using Credence.Core.Entities;
using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>An in-memory index over listed entities. Thread-safe for concurrent <see cref="Screen"/> calls once built.</summary>
public sealed class ScreeningIndex
{
    private ScreeningIndex() { }

    public static ScreeningIndex Build(IEnumerable<SanctionEntity> entities, NameNormalizer normalizer, MatchingOptions? options = null) =>
        throw new NotImplementedException();

    public int Count => throw new NotImplementedException();

    public MatchingOptions Options => throw new NotImplementedException();

    public IReadOnlyList<ScreeningHit> Screen(ScreeningQuery query, ScreenOptions? options = null) => throw new NotImplementedException();
}
