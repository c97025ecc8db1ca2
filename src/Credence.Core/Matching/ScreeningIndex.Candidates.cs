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
        var floor = threshold - BoundSlack;

        var scratch = _threadScratch ??= new CandidateScratch();
        scratch.Reset(_names.Length, q);
        var order = scratch.OrderByWeight(weights);
        var remaining = total;
        foreach (var i in order)
        {
            var mayCreate = remaining / total >= floor;
            remaining -= weights[i];
            foreach (var (id, sim) in _vocabulary.Similar(tokens[i]))
            {
                sims.Remember(i, id, sim);
                Credit(id, i, TokenSimilarity.Credit(sim), mayCreate);
            }

            // "minaung" against "min aung": a query token that is two vocabulary tokens written as one.
            var text = tokens[i].Text;
            if (text.Length >= 5 && !_vocabulary.TryGetId(text, out _))
            {
                for (var k = 2; k <= text.Length - 2; k++)
                {
                    if (_vocabulary.TryGetId(text.AsSpan(0, k), out var left) && _vocabulary.TryGetId(text.AsSpan(k), out var right))
                    {
                        Credit(left, i, 1.0, mayCreate);
                        Credit(right, i, 1.0, mayCreate);
                    }
                    // The space typed as a letter: "salamhbhattwi" is "salam bhattwi".
                    if (k + 3 <= text.Length && _vocabulary.TryGetId(text.AsSpan(0, k), out left) && _vocabulary.TryGetId(text.AsSpan(k + 1), out right))
                    {
                        Credit(left, i, 0.9, mayCreate);
                        Credit(right, i, 0.9, mayCreate);
                    }
                }
            }
        }
        // "pla" against "peoples liberation army", and the other way round.
        foreach (var (token, names, credit) in AcronymCredits(tokens)) CreditNames(names, token, credit, true);

        // "siemens ag" against "siemensag": two adjacent query tokens that are one vocabulary token.
        for (var i = 0; i + 1 < q; i++)
        {
            if (!TryGetJoinedId(tokens[i].Text, tokens[i + 1].Text, out var joined)) continue;
            Credit(joined, i, 1.0, true);
            Credit(joined, i + 1, 1.0, true);
        }

        // Trigrams say little about tokens of three letters or fewer ("jkc" for "jsc"): the bound assumes such a token may still
        // earn half its credit, so a name found through the other tokens is not dropped for it.
        Span<double> optimistic = q <= 64 ? stackalloc double[q] : new double[q];
        for (var i = 0; i < q; i++) optimistic[i] = tokens[i].Kind == TokenKind.Word && tokens[i].Text.Length <= 3 ? 0.5 : 0.0;

        var ranked = scratch.Ranked;
        ranked.Clear();
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

        void Credit(int id, int token, double credit, bool create)
        {
            var postings = _vocabulary.Postings(id);
            // A token that may no longer create candidates only adds to names already reached: when those are fewer than the
            // names holding the token (a common word, a legal form), looking through them is the shorter way.
            if (!create && scratch.Touched.Count * 4 < postings.Length)
            {
                CreditTouched(id, token, credit);
                return;
            }
            CreditNames(postings, token, credit, create);
        }

        void CreditNames(int[] names, int token, double credit, bool create)
        {
            foreach (var name in names)
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

        void CreditTouched(int id, int token, double credit)
        {
            for (var slot = 0; slot < scratch.Touched.Count; slot++)
            {
                if (Array.IndexOf(_nameTokenIds[scratch.Touched[slot]], id) < 0) continue;
                var at = (slot * q) + token;
                if (credit > scratch.Credits[at]) scratch.Credits[at] = credit;
            }
        }
    }

    private bool TryGetJoinedId(string left, string right, out int id)
    {
        var length = left.Length + right.Length;
        Span<char> joined = length <= 256 ? stackalloc char[length] : new char[length];
        left.CopyTo(joined);
        right.CopyTo(joined[left.Length..]);
        return _vocabulary.TryGetId(joined, out id);
    }
}
