using System.Globalization;
using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// Scores two normalised names. Tokens are aligned regardless of order: identical tokens first, then a token written as one on one
/// side and two on the other ("MinAung" = "Min Aung"), then the remaining pairs greedily, best similarity first. The score is the
/// weighted credit of the pairs over the weight of everything: pairs plus unpaired tokens of both names. When the shorter name is
/// wholly found in the longer one, the longer one's extra tokens cost less the more they look like dropped middle names
/// (<see cref="ExtraTokenShare"/>, <see cref="LeadingExtraShare"/>). Scoring allocates nothing unless an explanation is asked for.
/// </summary>
internal sealed class NameScorer
{
    /// <summary>The share of their weight that extra tokens between the found tokens of the longer name cost.</summary>
    public const double ExtraTokenShare = 0.3;

    /// <summary>
    /// The share of their weight that extra tokens before the found ones cost in a name that is not known to be a person's: an
    /// organisation's leading extras are often a qualifier ("Joint Stock Company", a city), while its trailing ones make another company.
    /// </summary>
    public const double LeadingExtraShare = 0.6;

    /// <summary>
    /// The share of their weight that a person's extra tokens before or after the found ones cost: given names the person does
    /// not go by, the father's and grandfather's names, a clan or tribal name ("Fazl Rabi" is "Fazl Rabi Abdul Hamid"). An
    /// organisation's extra tokens after its found name are usually a country or a line of business that makes another company
    /// ("Banco Santander Chile"): they cost in full.
    /// </summary>
    public const double PersonOuterExtraShare = 0.35;

    /// <summary>
    /// Score factor when the given names either side of "bin" are swapped: father and son are two people, so even with every
    /// name equal the pair scores 0.6, below the default threshold.
    /// </summary>
    public const double PatronymicSwapFactor = 0.6;

    /// <summary>Score factor when one name is initials only.</summary>
    public const double InitialsOnlyFactor = 0.6;

    /// <summary>A pair at or above this similarity counts as found for the "wholly found" rule.</summary>
    public const double FoundSimilarity = 0.8;

    /// <summary>Similarity a joined token needs against two or three adjacent tokens written apart.</summary>
    public const double JoinSimilarity = 0.85;

    /// <summary>The most adjacent tokens a single token is tried against, written together.</summary>
    public const int MaxJoinedTokens = 3;

    /// <summary>The most a name scores when each name has a word the other lacks altogether.</summary>
    public const double ConflictFloor = 0.5;

    private const int StackLimit = 32;

    // Longer runs of tokens are never one name written together.
    private const int MaxJoinedLength = 64;

    private readonly TokenWeights _weights;

    public NameScorer(TokenWeights weights) => _weights = weights;

    public TokenWeights Weights => _weights;

    /// <summary>Weights of each token of a name, computed once per name.</summary>
    public double[] WeightsOf(IReadOnlyList<NameToken> tokens)
    {
        var w = new double[tokens.Count];
        for (var i = 0; i < w.Length; i++) w[i] = _weights.Weight(tokens[i]);
        return w;
    }

    /// <summary>
    /// Scores two names with direct token similarity and returns the alignment: for comparing two names and explaining a hit.
    /// <paramref name="personal"/> says the names are people's.
    /// </summary>
    public NameComparison Score(NormalizedName query, NormalizedName candidate, bool personal)
    {
        var explain = new ScoreExplanation();
        var score = Score(query.Tokens, WeightsOf(query.Tokens), candidate.Tokens, WeightsOf(candidate.Tokens),
            new DirectSimilarity(query.Tokens, candidate.Tokens), explain, personal);
        return new NameComparison(score, explain.Tokens, explain.Rules);
    }

    /// <summary>
    /// Scores <paramref name="a"/> against <paramref name="b"/> with the pair similarities of <paramref name="sims"/>. When
    /// <paramref name="explain"/> is given, the token alignment is added to it. <paramref name="personal"/> says the names are
    /// people's, whose extra leading and trailing tokens cost less (<see cref="PersonOuterExtraShare"/>).
    /// </summary>
    public double Score<TSim>(
        IReadOnlyList<NameToken> a, double[] wa, IReadOnlyList<NameToken> b, double[] wb, TSim sims, ScoreExplanation? explain,
        bool personal)
        where TSim : IPairSimilarity
    {
        var n = a.Count;
        var m = b.Count;
        if (n == 0 || m == 0) return 0.0;
        if (n > StackLimit || m > StackLimit) return ScoreLarge(a, wa, b, wb, sims, explain, personal);

        Span<int> pairA = stackalloc int[n];
        Span<int> pairB = stackalloc int[m];
        Span<double> simA = stackalloc double[n];
        Span<bool> joinedA = stackalloc bool[n];
        Span<bool> joinedB = stackalloc bool[m];
        Span<Candidate> candidates = n * m <= 256 ? stackalloc Candidate[n * m] : new Candidate[n * m];
        return ScoreCore(a, wa, b, wb, sims, explain, personal, pairA, pairB, simA, joinedA, joinedB, candidates);
    }

    private double ScoreLarge<TSim>(
        IReadOnlyList<NameToken> a, double[] wa, IReadOnlyList<NameToken> b, double[] wb, TSim sims, ScoreExplanation? explain,
        bool personal)
        where TSim : IPairSimilarity =>
        ScoreCore(a, wa, b, wb, sims, explain, personal, new int[a.Count], new int[b.Count], new double[a.Count], new bool[a.Count],
            new bool[b.Count], new Candidate[a.Count * b.Count]);

    private static double ScoreCore<TSim>(
        IReadOnlyList<NameToken> a, double[] wa, IReadOnlyList<NameToken> b, double[] wb, TSim sims, ScoreExplanation? explain,
        bool personal, Span<int> pairA, Span<int> pairB, Span<double> simA, Span<bool> joinedA, Span<bool> joinedB, Span<Candidate> candidates)
        where TSim : IPairSimilarity
    {
        var n = a.Count;
        var m = b.Count;
        pairA.Fill(-1);
        pairB.Fill(-1);

        var count = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                var sim = sims.Similarity(i, j);
                if (sim >= TokenSimilarity.MinPairSimilarity) candidates[count++] = new Candidate(i, j, sim, wa[i] + wb[j]);
            }
        }
        var pairs = candidates[..count];
        pairs.Sort(static (x, y) =>
        {
            var c = y.Sim.CompareTo(x.Sim);
            if (c != 0) return c;
            c = y.Weight.CompareTo(x.Weight);
            if (c != 0) return c;
            c = x.I.CompareTo(y.I);
            return c != 0 ? c : x.J.CompareTo(y.J);
        });

        // Identical tokens first.
        foreach (var p in pairs)
        {
            if (p.Sim < 0.999) break;
            if (pairA[p.I] >= 0 || pairB[p.J] >= 0) continue;
            pairA[p.I] = p.J;
            pairB[p.J] = p.I;
            simA[p.I] = p.Sim;
        }

        double credit = 0, pairWeight = 0;
        // A token left unpaired on one side may be two or three adjacent unpaired tokens on the other ("minaung" = "min aung",
        // "platonovich" = "plat ono vich"); pairs are tried before triples.
        for (var run = 2; run <= MaxJoinedTokens; run++)
        {
            for (var i = 0; i < n; i++)
            {
                if (pairA[i] >= 0 || a[i].Text.Length < 4) continue;
                var j = FindJoin(a[i], b, pairB, run, out var sim);
                if (j < 0) continue;
                pairA[i] = j;
                for (var k = j; k < j + run; k++) (pairB[k], joinedB[k]) = (i, true);
                simA[i] = sim;
                credit += wa[i] * TokenSimilarity.Credit(sim);
                pairWeight += wa[i];
                explain?.Tokens.Add(new TokenAlignment(a[i].Text, Acronyms.Spelled(b, j, j + run), Math.Round(sim, 4), wa[i], "joined"));
            }
            for (var j = 0; j < m; j++)
            {
                if (pairB[j] >= 0 || b[j].Text.Length < 4) continue;
                var i = FindJoin(b[j], a, pairA, run, out var sim);
                if (i < 0) continue;
                pairB[j] = i;
                for (var k = i; k < i + run; k++) (pairA[k], joinedA[k], simA[k]) = (j, true, sim);
                credit += wb[j] * TokenSimilarity.Credit(sim);
                pairWeight += wb[j];
                explain?.Tokens.Add(new TokenAlignment(Acronyms.Spelled(a, i, i + run), b[j].Text, Math.Round(sim, 4), wb[j], "joined"));
            }
        }

        // An organisation's token left unpaired on one side may be the initials of unpaired tokens on the other ("pla" = "peoples
        // liberation army").
        for (var i = 0; i < n && !personal; i++)
        {
            if (pairA[i] >= 0 || !Acronyms.CanBe(a[i])) continue;
            for (var j = 0; j < m; j++)
            {
                var end = Acronyms.RunEnd(b, j, a[i].Text, pairB);
                if (end < 0) continue;
                var sim = Acronyms.Similarity(a[i].Text);
                pairA[i] = j;
                for (var k = j; k < end; k++) (pairB[k], joinedB[k]) = (i, true);
                simA[i] = sim;
                credit += wa[i] * TokenSimilarity.Credit(sim);
                pairWeight += wa[i];
                explain?.Tokens.Add(new TokenAlignment(a[i].Text, Acronyms.Spelled(b, j, end), sim, wa[i], "acronym"));
                break;
            }
        }
        for (var j = 0; j < m && !personal; j++)
        {
            if (pairB[j] >= 0 || !Acronyms.CanBe(b[j])) continue;
            for (var i = 0; i < n; i++)
            {
                var end = Acronyms.RunEnd(a, i, b[j].Text, pairA);
                if (end < 0) continue;
                var sim = Acronyms.Similarity(b[j].Text);
                pairB[j] = i;
                for (var k = i; k < end; k++) (pairA[k], joinedA[k], simA[k]) = (j, true, sim);
                credit += wb[j] * TokenSimilarity.Credit(sim);
                pairWeight += wb[j];
                explain?.Tokens.Add(new TokenAlignment(Acronyms.Spelled(a, i, end), b[j].Text, sim, wb[j], "acronym"));
                break;
            }
        }

        foreach (var p in pairs)
        {
            if (pairA[p.I] >= 0 || pairB[p.J] >= 0) continue;
            pairA[p.I] = p.J;
            pairB[p.J] = p.I;
            simA[p.I] = p.Sim;
        }

        for (var i = 0; i < n; i++)
        {
            var j = pairA[i];
            if (j < 0 || joinedA[i] || joinedB[j]) continue;
            // An initial against a full word carries only the initial's weight: "M" says less than "Marina".
            var w = a[i].Kind == TokenKind.Initial || b[j].Kind == TokenKind.Initial ? Math.Min(wa[i], wb[j]) : (wa[i] + wb[j]) / 2.0;
            credit += w * TokenSimilarity.Credit(simA[i]);
            pairWeight += w;
            if (explain is not null)
            {
                TokenSimilarity.Similarity(a[i], b[j], out var how);
                explain.Tokens.Add(new TokenAlignment(a[i].Text, b[j].Text, Math.Round(simA[i], 4), w, how));
            }
        }

        double unpairedA = 0, unpairedB = 0;
        for (var i = 0; i < n; i++)
        {
            if (pairA[i] >= 0) continue;
            unpairedA += wa[i];
            explain?.Tokens.Add(new TokenAlignment(a[i].Text, null, 0, wa[i], "unmatched"));
        }
        for (var j = 0; j < m; j++)
        {
            if (pairB[j] >= 0) continue;
            unpairedB += wb[j];
            explain?.Tokens.Add(new TokenAlignment(null, b[j].Text, 0, wb[j], "unmatched"));
        }

        // Dropped middle names: when every word of the shorter name is found, the longer name's extra tokens that stand between
        // its found tokens cost less, and so do a person's extras after them (father's and grandfather's names). An
        // organisation's extras after them (a country, another line of business) cost in full.
        // Burmese names have no middle names: every syllable counts ("Soe Hlaing Win" is not "Soe Win").
        var aShorter = CountWords(a) <= CountWords(b);
        double penaltyA = unpairedA, penaltyB = unpairedB;
        if (aShorter && WhollyFound(a, pairA, simA) && !IsBurmese(b)) penaltyB = MiddleDiscounted(b, wb, pairB, personal);
        if (!aShorter && WhollyFoundB(b, pairB, simA) && !IsBurmese(a)) penaltyA = MiddleDiscounted(a, wa, pairA, personal);

        var denominator = pairWeight + penaltyA + penaltyB;
        var score = denominator <= 0 ? 0.0 : Math.Clamp(credit / denominator, 0.0, 1.0);
        score *= StructurePenalty(a, b, pairA, explain);
        var cap = ConflictCap(a, b, pairA, pairB, simA, joinedA, joinedB);
        if (cap < score)
        {
            score = cap;
            explain?.Rules.Add(string.Create(CultureInfo.InvariantCulture,
                $"a name part contradicts the other name: at most {cap:0.00}, however many other parts agree"));
        }
        return Math.Round(score, 4);
    }

    // The first run of `run` adjacent unpaired tokens that, written together, is `single` (similarity at least JoinSimilarity), or
    // the same Chinese syllables ("tse tung" and "zedong").
    private static int FindJoin(NameToken token, IReadOnlyList<NameToken> tokens, Span<int> pairs, int run, out double similarity)
    {
        var single = token.Text;
        similarity = 0;
        Span<char> joined = stackalloc char[MaxJoinedLength];
        for (var start = 0; start + run <= tokens.Count; start++)
        {
            var length = 0;
            var free = true;
            for (var k = start; k < start + run && free; k++)
            {
                free = pairs[k] < 0;
                length += tokens[k].Text.Length;
            }
            if (!free) continue;
            var longer = Math.Max(length, single.Length);
            var sim = 0.0;
            if (Math.Abs(length - single.Length) <= longer * (1 - JoinSimilarity) && length <= MaxJoinedLength)
            {
                var at = 0;
                for (var k = start; k < start + run; k++)
                {
                    tokens[k].Text.CopyTo(joined[at..]);
                    at += tokens[k].Text.Length;
                }
                sim = 1.0 - ((double)TokenSimilarity.Distance(single, joined[..at]) / longer);
            }
            if (sim < TokenSimilarity.ChineseSimilarity && token.SinoKey is { } key && SameSyllables(key, tokens, start, run))
            {
                sim = TokenSimilarity.ChineseSimilarity;
            }
            if (sim < JoinSimilarity) continue;
            similarity = sim;
            return start;
        }
        return -1;
    }

    private static bool SameSyllables(string key, IReadOnlyList<NameToken> tokens, int start, int run)
    {
        var at = 0;
        for (var k = start; k < start + run; k++)
        {
            if (tokens[k].SinoKey is not { } part || string.CompareOrdinal(key, at, part, 0, part.Length) != 0) return false;
            at += part.Length;
        }
        return at == key.Length;
    }

    private static double MiddleDiscounted(IReadOnlyList<NameToken> tokens, double[] weights, Span<int> pairs, bool personal)
    {
        var leadingShare = personal ? PersonOuterExtraShare : LeadingExtraShare;
        var trailingShare = personal ? PersonOuterExtraShare : 1.0;
        int first = -1, last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (pairs[i] < 0 || !IsWordLike(tokens[i].Kind)) continue;
            if (first < 0) first = i;
            last = i;
        }
        double penalty = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (pairs[i] >= 0) continue;
            var w = weights[i];
            penalty += i > first && i < last ? w * ExtraTokenShare : i < first ? w * leadingShare : w * trailingShare;
        }
        return penalty;
    }

    // Two structural signals that token-order-free matching misses: "Salman bin Muhammad" and "Muhammad bin Salman" are father
    // and son (the names either side of "bin" swapped), and a name of initials only ("N.N.") cannot identify anyone.
    private static double StructurePenalty(IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b, Span<int> pairA, ScoreExplanation? explain)
    {
        var factor = 1.0;
        if (InitialsOnly(a) || InitialsOnly(b))
        {
            factor *= InitialsOnlyFactor;
            explain?.Rules.Add(string.Create(CultureInfo.InvariantCulture, $"a name of initials only cannot identify anyone: x{InitialsOnlyFactor:0.0}"));
        }
        var binA = IndexOfPatronymic(a);
        var binB = IndexOfPatronymic(b);
        if (binA > 0 && binB > 0)
        {
            // The son's name is the word before "bin", the father's the word after it; particles ("al", "el") are skipped.
            int sonA = WordNear(a, binA, -1), fatherA = WordNear(a, binA, 1), sonB = WordNear(b, binB, -1), fatherB = WordNear(b, binB, 1);
            if (sonA >= 0 && fatherA >= 0 && sonB >= 0 && fatherB >= 0 && pairA[sonA] == fatherB && pairA[fatherA] == sonB)
            {
                factor *= PatronymicSwapFactor;
                explain?.Rules.Add(string.Create(CultureInfo.InvariantCulture,
                    $"the names either side of \"bin\" are swapped, father and son: x{PatronymicSwapFactor:0.0}"));
            }
        }
        return factor;
    }

    // A name part that one name has and the other contradicts (a different father's name, another tribe; another country in a
    // bank's name) says "another person" or "another company" however many other parts agree: brothers share their father's and
    // grandfather's names. So the score is at most what a two-part name with that disagreement would get, (1 + credit) / 2,
    // and 0.5 when each name has a word the other lacks altogether. Without the cap, the more parts agree the less the
    // contradiction counts.
    private static double ConflictCap(
        IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b, Span<int> pairA, Span<int> pairB, Span<double> simA,
        Span<bool> joinedA, Span<bool> joinedB)
    {
        var cap = 1.0;
        bool loneA = false, loneB = false;
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i].Kind != TokenKind.Word) continue;
            var j = pairA[i];
            if (j < 0)
            {
                loneA = true;
                continue;
            }
            if (joinedA[i] || joinedB[j] || b[j].Kind != TokenKind.Word || simA[i] >= FoundSimilarity) continue;
            cap = Math.Min(cap, (1.0 + TokenSimilarity.Credit(simA[i])) / 2.0);
        }
        for (var j = 0; j < b.Count && loneA && !loneB; j++)
        {
            if (b[j].Kind == TokenKind.Word && pairB[j] < 0) loneB = true;
        }
        return loneA && loneB ? Math.Min(cap, ConflictFloor) : cap;
    }

    private static bool IsBurmese(IReadOnlyList<NameToken> tokens)
    {
        if (tokens.Count < 2) return false;
        foreach (var t in tokens)
        {
            if (!NameVocabulary.BurmeseSyllables.Contains(t.Text)) return false;
        }
        return true;
    }

    private static bool InitialsOnly(IReadOnlyList<NameToken> tokens)
    {
        var any = false;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Initial) any = true;
            else if (t.Kind is TokenKind.Word or TokenKind.Number) return false;
        }
        return any;
    }

    private static int IndexOfPatronymic(IReadOnlyList<NameToken> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Particle && tokens[i].Text is "bin" or "bint") return i;
        }
        return -1;
    }

    private static int WordNear(IReadOnlyList<NameToken> tokens, int from, int step)
    {
        for (var i = from + step; i >= 0 && i < tokens.Count; i += step)
        {
            if (tokens[i].Kind != TokenKind.Particle) return IsWordLike(tokens[i].Kind) ? i : -1;
        }
        return -1;
    }

    private static bool IsWordLike(TokenKind kind) => kind is TokenKind.Word or TokenKind.Number or TokenKind.Initial;

    private static int CountWords(IReadOnlyList<NameToken> tokens)
    {
        var n = 0;
        foreach (var t in tokens)
        {
            if (IsWordLike(t.Kind)) n++;
        }
        return n;
    }

    // Every word of a found with similarity at least FoundSimilarity; one found word alone ("Obama") is not a whole name.
    private static bool WhollyFound(IReadOnlyList<NameToken> tokens, Span<int> pairs, Span<double> sims)
    {
        var words = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsWordLike(tokens[i].Kind)) continue;
            words++;
            if (pairs[i] < 0 || sims[i] < FoundSimilarity) return false;
        }
        return words >= 2;
    }

    private static bool WhollyFoundB(IReadOnlyList<NameToken> tokens, Span<int> pairB, Span<double> simA)
    {
        var words = 0;
        for (var j = 0; j < tokens.Count; j++)
        {
            if (!IsWordLike(tokens[j].Kind)) continue;
            words++;
            if (pairB[j] < 0 || simA[pairB[j]] < FoundSimilarity) return false;
        }
        return words >= 2;
    }

    private readonly record struct Candidate(int I, int J, double Sim, double Weight);

    /// <summary>What a scoring records when it is asked to explain: the token alignment and the rules that changed the score.</summary>
    internal sealed class ScoreExplanation
    {
        public List<TokenAlignment> Tokens { get; } = [];

        public List<string> Rules { get; } = [];
    }

    /// <summary>Token similarity computed on the spot: for comparing two names and for explanations.</summary>
    private readonly struct DirectSimilarity(IReadOnlyList<NameToken> a, IReadOnlyList<NameToken> b) : IPairSimilarity
    {
        public double Similarity(int i, int j) => TokenSimilarity.Similarity(a[i], b[j], out _);
    }
}
