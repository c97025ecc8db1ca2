using Credence.Core.Text;

namespace Credence.Core.Matching;

public sealed partial class ScreeningIndex
{
    /// <summary>
    /// The names worth scoring in full: each query token's vocabulary neighbours give every name containing them a credit for
    /// that token; a name's bound is the weighted credit over the query's weight. Tokens are visited heaviest first, and once the
    /// tokens left could not lift a new name to the threshold on their own, they only add to names already found.
    /// </summary>
    [ThreadStatic]
    private static CandidateScratch? _threadScratch;

    private List<int> Candidates(NormalizedName query, double[] weights, QuerySimilarities sims, double threshold)
    {
        var tokens = query.Tokens;
        var q = tokens.Count;
        double total = 0;
        for (var i = 0; i < q; i++) total += weights[i];
        var order = Enumerable.Range(0, q).OrderByDescending(i => weights[i]).ToArray();
        var floor = threshold - BoundSlack;

        var scratch = _threadScratch ??= new CandidateScratch();
        scratch.Reset(_names.Length, q);
        var remaining = total;
        foreach (var i in order)
        {
            var mayCreate = remaining / total >= floor;
            remaining -= weights[i];
            foreach (var (id, sim) in _vocabulary.Similar(tokens[i]))
            {
                sims.Remember(i, id, sim);
                Credit(_vocabulary.Postings(id), i, TokenSimilarity.Credit(sim), mayCreate);
            }

            // "minaung" against "min aung": a query token that is two vocabulary tokens written as one.
            var text = tokens[i].Text;
            if (text.Length >= 5 && !_vocabulary.TryGetId(text, out _))
            {
                for (var k = 2; k <= text.Length - 2; k++)
                {
                    if (_vocabulary.TryGetId(text.AsSpan(0, k), out var left) && _vocabulary.TryGetId(text.AsSpan(k), out var right))
                    {
                        Credit(_vocabulary.Postings(left), i, 1.0, mayCreate);
                        Credit(_vocabulary.Postings(right), i, 1.0, mayCreate);
                    }
                    // The space typed as a letter: "salamhbhattwi" is "salam bhattwi".
                    if (k + 3 <= text.Length && _vocabulary.TryGetId(text.AsSpan(0, k), out left) && _vocabulary.TryGetId(text.AsSpan(k + 1), out right))
                    {
                        Credit(_vocabulary.Postings(left), i, 0.9, mayCreate);
                        Credit(_vocabulary.Postings(right), i, 0.9, mayCreate);
                    }
                }
            }
        }
        // "pla" against "peoples liberation army", and the other way round.
        foreach (var (token, names, credit) in AcronymCredits(tokens)) Credit(names, token, credit, true);

        // "siemens ag" against "siemensag": two adjacent query tokens that are one vocabulary token.
        for (var i = 0; i + 1 < q; i++)
        {
            if (!_vocabulary.TryGetId(tokens[i].Text + tokens[i + 1].Text, out var joined)) continue;
            Credit(_vocabulary.Postings(joined), i, 1.0, true);
            Credit(_vocabulary.Postings(joined), i + 1, 1.0, true);
        }

        // Trigrams say little about tokens of three letters or fewer ("jkc" for "jsc"): the bound assumes such a token may still
        // earn half its credit, so a name found through the other tokens is not dropped for it.
        var optimistic = new double[q];
        for (var i = 0; i < q; i++) optimistic[i] = tokens[i].Kind == TokenKind.Word && tokens[i].Text.Length <= 3 ? 0.5 : 0.0;

        var ranked = new List<(int Name, double Bound)>();
        for (var slot = 0; slot < scratch.Touched.Count; slot++)
        {
            double bound = 0;
            for (var i = 0; i < q; i++) bound += weights[i] * Math.Max(optimistic[i], scratch.Credits[(slot * q) + i]);
            bound /= total;
            if (bound >= floor) ranked.Add((scratch.Touched[slot], bound));
        }
        scratch.Clear();
        ranked.Sort((x, y) => y.Bound.CompareTo(x.Bound));
        var take = Math.Min(ranked.Count, Options.MaxCandidates);
        var result = new List<int>(take);
        for (var r = 0; r < take; r++) result.Add(ranked[r].Name);
        return result;

        void Credit(int[] postings, int token, double credit, bool create)
        {
            foreach (var name in postings)
            {
                var slot = scratch.SlotOf[name] - 1;
                if (slot < 0)
                {
                    if (!create) continue;
                    slot = scratch.Add(name);
                }
                var at = (slot * q) + token;
                if (credit > scratch.Credits[at]) scratch.Credits[at] = credit;
            }
        }
    }
}

