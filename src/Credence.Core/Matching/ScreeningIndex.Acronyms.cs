using Credence.Core.Text;

namespace Credence.Core.Matching;

public sealed partial class ScreeningIndex
{
    /// <summary>An acronym this short is looked up only when the name's other tokens bring the name in.</summary>
    private const int MinIndexedAcronym = 3;

    /// <summary>
    /// Names by the initials of their leading tokens, 3 to <see cref="Acronyms.MaxLength"/> letters: "pla" and "plan" for
    /// "peoples liberation army navy". Function words and particles are taken both with and without their letter.
    /// </summary>
    private static Dictionary<string, int[]> AcronymIndex(NormalizedName[] names)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < names.Length; n++)
        {
            keys.Clear();
            AddPrefixes(names[n].Tokens, keepFunctionWords: true, keys);
            AddPrefixes(names[n].Tokens, keepFunctionWords: false, keys);
            foreach (var key in keys)
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(n);
            }
        }
        return index.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        static void AddPrefixes(IReadOnlyList<NameToken> tokens, bool keepFunctionWords, HashSet<string> keys)
        {
            Span<char> initials = stackalloc char[Acronyms.MaxLength];
            var length = 0;
            foreach (var token in tokens)
            {
                if (token.Kind is TokenKind.Number or TokenKind.Initial) return;
                if (token.Kind == TokenKind.Particle || (!keepFunctionWords && token.Kind == TokenKind.Generic)) continue;
                if (length == initials.Length) return;
                initials[length++] = token.Text[0];
                if (length >= MinIndexedAcronym) keys.Add(new string(initials[..length]));
            }
        }
    }

    /// <summary>
    /// Postings to credit for acronyms in the query: a query token that is the initials of indexed names ("pla"), and a
    /// query whose leading tokens' initials are an indexed token ("islamic revolutionary guard corps" for "irgc"), credited to
    /// each token of that run. Each entry is the query token and the names to credit.
    /// </summary>
    private List<(int Token, int[] Names)> AcronymCredits(IReadOnlyList<NameToken> tokens)
    {
        var credits = new List<(int Token, int[] Names)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text.Length >= MinIndexedAcronym && Acronyms.CanBe(tokens[i])
                && _acronymNames.TryGetValue(tokens[i].Text, out var names))
            {
                credits.Add((i, names));
            }
        }

        AddRunCredits(tokens, keepFunctionWords: true, credits);
        AddRunCredits(tokens, keepFunctionWords: false, credits);
        return credits;
    }

    private void AddRunCredits(IReadOnlyList<NameToken> tokens, bool keepFunctionWords, List<(int Token, int[] Names)> credits)
    {
        Span<char> initials = stackalloc char[Acronyms.MaxLength];
        var length = 0;
        for (var i = 0; i < tokens.Count && length < initials.Length; i++)
        {
            var kind = tokens[i].Kind;
            if (kind is TokenKind.Number or TokenKind.Initial) return;
            if (kind == TokenKind.Particle || (!keepFunctionWords && kind == TokenKind.Generic)) continue;
            initials[length++] = tokens[i].Text[0];
            if (length < 2 || !_vocabulary.TryGetId(initials[..length], out var id)) continue;
            var postings = _vocabulary.Postings(id);
            for (var k = 0; k <= i; k++) credits.Add((k, postings));
        }
    }
}
