using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// How much each token counts in a name score. The kind sets the base (word 1.0, number 0.35 (series markers: "Fund IV", "Trust 2004-1"), initial 0.5, particle 0.3,
/// generic word 0.5, legal form 0.15); for words, a corpus of listed names scales it by rarity, so a name part that thousands
/// of listed names share counts less than a rare surname.
/// </summary>
public sealed class TokenWeights
{
    private readonly Dictionary<string, int>? _documentFrequency;
    private readonly int _documents;

    private TokenWeights(Dictionary<string, int>? documentFrequency, int documents)
    {
        _documentFrequency = documentFrequency;
        _documents = documents;
    }

    /// <summary>Weights without a corpus: every word counts 1.0.</summary>
    public static TokenWeights Neutral { get; } = new(null, 0);

    /// <summary>Weights from the names of a corpus: a word in one name in N counts less the more names share it.</summary>
    public static TokenWeights FromCorpus(IEnumerable<NormalizedName> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            count++;
            seen.Clear();
            foreach (var token in name.Tokens)
            {
                if (seen.Add(token.Text)) df[token.Text] = df.TryGetValue(token.Text, out var c) ? c + 1 : 1;
            }
        }
        return new TokenWeights(df, count);
    }

    /// <summary>The weight of a token, in (0, 1].</summary>
    public double Weight(NameToken token) => token.Kind switch
    {
        TokenKind.Word => Rarity(token.Text),
        TokenKind.Number => 0.35,
        TokenKind.Initial => 0.5,
        TokenKind.Particle => 0.3,
        TokenKind.Generic => 0.5,
        TokenKind.LegalForm => 0.15,
        _ => 1.0,
    };

    /// <summary>Document frequency of a token in the corpus (0 when unknown or neutral).</summary>
    public int Frequency(string token) => _documentFrequency is not null && _documentFrequency.TryGetValue(token, out var c) ? c : 0;

    // A word in at most 0.05% of names (or 5 names) counts fully; one in 1% about 0.78, in 5% about 0.67; never below 0.45.
    private double Rarity(string text)
    {
        if (_documentFrequency is null || _documents == 0) return 1.0;
        var df = Frequency(text);
        var share = (double)df / _documents;
        if (df <= 5 || share <= 0.0005) return 1.0;
        var idf = Math.Log(1.0 / share);
        var full = Math.Log(1.0 / 0.0005);
        return Math.Clamp(0.45 + (0.55 * idf / full), 0.45, 1.0);
    }
}
