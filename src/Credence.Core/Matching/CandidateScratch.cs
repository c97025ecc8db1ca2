namespace Credence.Core.Matching;

/// <summary>
/// Per-thread working memory of candidate retrieval: which names were reached (slot per name) and each one's credit per query
/// token. Reused across queries so that retrieval allocates almost nothing.
/// </summary>
internal sealed class CandidateScratch
{
    private int _tokens;

    /// <summary>Slot + 1 of each name reached by the current query; 0 for names not reached.</summary>
    public int[] SlotOf { get; private set; } = [];

    /// <summary>The names reached, in slot order.</summary>
    public List<int> Touched { get; } = [];

    /// <summary>Credits by slot and query token: Credits[slot * tokens + token].</summary>
    public double[] Credits { get; private set; } = new double[256];

    /// <summary>The names whose bound reaches the floor, with the bound.</summary>
    public List<(int Name, double Bound)> Ranked { get; } = [];

    private int[] _order = new int[16];

    /// <summary>
    /// Query token indexes, heaviest first; equal weights keep query order. The array is reused: valid until the next call.
    /// </summary>
    public ReadOnlySpan<int> OrderByWeight(double[] weights)
    {
        if (_order.Length < weights.Length) _order = new int[weights.Length];
        var order = _order.AsSpan(0, weights.Length);
        // Insertion sort: stable, and queries have a handful of tokens.
        for (var i = 0; i < order.Length; i++)
        {
            var k = i;
            while (k > 0 && weights[order[k - 1]] < weights[i])
            {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = i;
        }
        return order;
    }

    public void Reset(int names, int tokens)
    {
        if (SlotOf.Length < names) SlotOf = new int[names];
        _tokens = tokens;
    }

    public int Add(int name)
    {
        var slot = Touched.Count;
        Touched.Add(name);
        SlotOf[name] = slot + 1;
        var needed = (slot + 1) * _tokens;
        if (needed > Credits.Length) Credits = Resized(Credits, needed);
        Array.Clear(Credits, slot * _tokens, _tokens);
        return slot;
    }

    public void Clear()
    {
        foreach (var name in Touched) SlotOf[name] = 0;
        Touched.Clear();
    }

    private static double[] Resized(double[] credits, int needed)
    {
        var bigger = new double[Math.Max(needed, credits.Length * 2)];
        Array.Copy(credits, bigger, credits.Length);
        return bigger;
    }
}
