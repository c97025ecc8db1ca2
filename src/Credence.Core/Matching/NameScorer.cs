using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// Scores two normalised names. Tokens are aligned regardless of order (greedy on similarity, best pairs first), tokens written
/// as one on one side ("MinAung") may meet two on the other, and the score is the weighted credit of the pairs over the weight
/// of everything: pairs, plus unpaired tokens of both names. When the shorter name is wholly found in the longer one, the longer
/// one's extra tokens (dropped middle names) count only <see cref="ExtraTokenShare"/> of their weight.
/// </summary>
internal sealed class NameScorer
{
    /// <summary>The share of their weight that extra tokens of the longer name cost when the shorter name is wholly found.</summary>
    public const double ExtraTokenShare = 0.3;

    /// <summary>
    /// The share of their weight that extra tokens before the found ones cost: people often go by a later given name
    /// ("Alexandre Boris de Pfeffel Johnson" is "Boris Johnson"), while an extra token after them is usually another surname.
    /// </summary>
    public const double LeadingExtraShare = 0.6;

    /// <summary>Score factor when the given names either side of "bin" are swapped (father and son). </summary>
    public const double PatronymicSwapFactor = 0.7;

    /// <summary>Score factor when one name is initials only.</summary>
    public const double InitialsOnlyFactor = 0.6;

    /// <summary>A pair at or above this similarity counts as found for the "wholly found" rule.</summary>
    public const double FoundSimilarity = 0.8;

    private readonly TokenWeights _weights;

    public NameScorer(TokenWeights weights) => _weights = weights;

    public NameComparison Score(NormalizedName query, NormalizedName candidate)
    {
        var a = query.Tokens;
        var b = candidate.Tokens;
        if (a.Count == 0 || b.Count == 0) return new NameComparison(0.0, []);

        var pairA = new int[a.Count];
        var pairB = new int[b.Count];
        Array.Fill(pairA, -1);
        Array.Fill(pairB, -1);
        var alignments = new List<TokenAlignment>(Math.Max(a.Count, b.Count));
        var simA = new double[a.Count];
        var howA = new string[a.Count];

        // Exact pairs first, then tokens written as one on one side and two on the other ("ramimakhlouf" = "rami makhlouf"),
        // then the remaining pairs greedily, best similarity first.
        var candidates = new List<(int I, int J, double Sim, string How)>(a.Count * b.Count);
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                var sim = TokenSimilarity.Similarity(a[i], b[j], out var how);
                if (sim >= TokenSimilarity.MinPairSimilarity) candidates.Add((i, j, sim, how));
            }
        }
        candidates.Sort((x, y) =>
        {
            var c = y.Sim.CompareTo(x.Sim);
            return c != 0 ? c : (_weights.Weight(b[y.J]) + _weights.Weight(a[y.I])).CompareTo(_weights.Weight(b[x.J]) + _weights.Weight(a[x.I]));
        });
        foreach (var (i, j, sim, how) in candidates)
        {
            if (sim < 0.999) break;
            if (pairA[i] >= 0 || pairB[j] >= 0) continue;
            Pair(i, j, sim, how);
        }

        double credit = 0, pairWeight = 0;
        var joinedB = new bool[b.Count];
        var joinedA = new bool[a.Count];
        JoinUnpaired(a, b, pairA, pairB, joinedB, (i, j, sim) =>
        {
            var w = _weights.Weight(a[i]);
            credit += w * TokenSimilarity.Credit(sim);
            pairWeight += w;
            alignments.Add(new TokenAlignment(a[i].Text, b[j].Text + " " + b[j + 1].Text, sim, w, "joined"));
            simA[i] = sim;
        });
        JoinUnpaired(b, a, pairB, pairA, joinedA, (j, i, sim) =>
        {
            var w = _weights.Weight(b[j]);
            credit += w * TokenSimilarity.Credit(sim);
            pairWeight += w;
            alignments.Add(new TokenAlignment(a[i].Text + " " + a[i + 1].Text, b[j].Text, sim, w, "joined"));
            simA[i] = sim;
            simA[i + 1] = sim;
        });

        foreach (var (i, j, sim, how) in candidates)
        {
            if (pairA[i] >= 0 || pairB[j] >= 0) continue;
            Pair(i, j, sim, how);
        }

        for (var i = 0; i < a.Count; i++)
        {
            var j = pairA[i];
            if (j < 0 || joinedA[i] || joinedB[j]) continue;
            var w = (_weights.Weight(a[i]) + _weights.Weight(b[j])) / 2.0;
            credit += w * TokenSimilarity.Credit(simA[i]);
            pairWeight += w;
            alignments.Add(new TokenAlignment(a[i].Text, b[j].Text, simA[i], w, howA[i]));
        }

        double unpairedA = 0, unpairedB = 0;
        for (var i = 0; i < a.Count; i++)
        {
            if (pairA[i] >= 0) continue;
            var w = _weights.Weight(a[i]);
            unpairedA += w;
            alignments.Add(new TokenAlignment(a[i].Text, null, 0, w, "unmatched"));
        }
        for (var j = 0; j < b.Count; j++)
        {
            if (pairB[j] >= 0) continue;
            var w = _weights.Weight(b[j]);
            unpairedB += w;
            alignments.Add(new TokenAlignment(null, b[j].Text, 0, w, "unmatched"));
        }

        // Dropped middle names: when every word of the shorter name is found, the longer name's extra tokens that stand between
        // its found tokens cost less. Extras before or after them (a different surname, a country added to a company) cost in full.
        var aShorter = CountWords(a) <= CountWords(b);
        var shortFound = aShorter ? WhollyFound(a, pairA, simA) : WhollyFound(b, pairB, SimOfB(pairB, simA, b.Count));
        var penaltyA = !aShorter && shortFound && !IsBurmese(a) ? MiddleDiscounted(a, pairA) : unpairedA;
        var penaltyB = aShorter && shortFound && !IsBurmese(b) ? MiddleDiscounted(b, pairB) : unpairedB;

        var denominator = pairWeight + penaltyA + penaltyB;
        var score = denominator <= 0 ? 0.0 : Math.Clamp(credit / denominator, 0.0, 1.0);
        score *= StructurePenalty(a, b, pairA);
        return new NameComparison(Math.Round(score, 4), alignments);

        void Pair(int i, int j, double sim, string how)
        {
            pairA[i] = j;
            pairB[j] = i;
            simA[i] = sim;
            howA[i] = how;
        }
    }

    private double MiddleDiscounted(IReadOnlyList<NameToken> tokens, int[] pairs)
    {
        int first = -1, last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (pairs[i] < 0 || tokens[i].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Initial)) continue;
            if (first < 0) first = i;
            last = i;
        }
        double penalty = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (pairs[i] >= 0) continue;
            var w = _weights.Weight(tokens[i]);
            penalty += i > first && i < last ? w * ExtraTokenShare : i < first ? w * LeadingExtraShare : w;
        }
        return penalty;
    }

    // Two structural signals that token-order-free matching misses: "Salman bin Muhammad" and "Muhammad bin Salman" are father
    // and son (the names either side of "bin" swapped), and a name of initials only ("N.N.") cannot identify anyone.
    private static double StructurePenalty(IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b, int[] pairA)
    {
        var factor = 1.0;
        if (InitialsOnly(a) || InitialsOnly(b)) factor *= InitialsOnlyFactor;
        var binA = IndexOfPatronymic(a);
        var binB = IndexOfPatronymic(b);
        if (binA > 0 && binB > 0 && binA + 1 < a.Count && binB + 1 < b.Count)
        {
            var before = pairA[binA - 1];
            var after = pairA[binA + 1];
            if (before == binB + 1 && after == binB - 1) factor *= PatronymicSwapFactor;
        }
        return factor;
    }

    // Burmese names have no middle names to drop: every syllable counts ("Soe Hlaing Win" is not "Soe Win").
    private static bool IsBurmese(IReadOnlyList<NameToken> tokens) =>
        tokens.Count >= 2 && tokens.All(t => NameVocabulary.BurmeseSyllables.Contains(t.Text));

    private static bool InitialsOnly(IReadOnlyList<NameToken> tokens) =>
        tokens.Any(t => t.Kind == TokenKind.Initial) && tokens.All(t => t.Kind is TokenKind.Initial or TokenKind.LegalForm);

    private static int IndexOfPatronymic(IReadOnlyList<NameToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Particle && tokens[i].Text is "bin" or "bint") return i;
        }
        return -1;
    }

    private static int CountWords(IReadOnlyList<NameToken> tokens)
    {
        var n = 0;
        foreach (var t in tokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number or TokenKind.Initial) n++;
        }
        return n;
    }

    private static bool WhollyFound(IReadOnlyList<NameToken> tokens, int[] pairs, double[] sims)
    {
        var words = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind is not (TokenKind.Word or TokenKind.Number or TokenKind.Initial)) continue;
            words++;
            if (pairs[i] < 0 || sims[i] < FoundSimilarity) return false;
        }
        // One found word alone ("Obama") is not a whole name found.
        return words >= 2;
    }

    private static double[] SimOfB(int[] pairB, double[] simA, int count)
    {
        var sims = new double[count];
        for (var j = 0; j < count; j++) sims[j] = pairB[j] >= 0 ? simA[pairB[j]] : 0;
        return sims;
    }

    // A token left unpaired on one side may be two adjacent unpaired tokens written as one on the other ("minaung" = "min aung").
    private static void JoinUnpaired(
        IReadOnlyList<NameToken> single, IReadOnlyList<NameToken> split, int[] pairSingle, int[] pairSplit, bool[] joinedSplit,
        Action<int, int, double> onJoin)
    {
        for (var i = 0; i < single.Count; i++)
        {
            if (pairSingle[i] >= 0 || single[i].Text.Length < 4) continue;
            for (var j = 0; j + 1 < split.Count; j++)
            {
                if (pairSplit[j] >= 0 || pairSplit[j + 1] >= 0) continue;
                var joined = split[j].Text + split[j + 1].Text;
                var longer = Math.Max(joined.Length, single[i].Text.Length);
                var sim = 1.0 - (double)TokenSimilarity.Distance(single[i].Text, joined) / longer;
                if (sim < 0.85) continue;
                pairSingle[i] = j;
                pairSplit[j] = i;
                pairSplit[j + 1] = i;
                joinedSplit[j] = true;
                joinedSplit[j + 1] = true;
                onJoin(i, j, sim);
                break;
            }
        }
    }
}
