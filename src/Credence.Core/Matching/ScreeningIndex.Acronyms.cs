using Credence.Core.Text;

namespace Credence.Core.Matching;

public sealed partial class ScreeningIndex
{
    /// <summary>A list token in more names than this is a word, not an acronym the query's initials could stand for.</summary>
    private const int MaxAcronymNames = 50;

    /// <summary>
    /// Names by the initials of their leading tokens, 3 to <see cref="Acronyms.MaxLength"/> letters: "pla" and "plan" for
    /// "peoples liberation army navy". Generic words are taken both with and without their letter; function words, particles
    /// and legal forms give none; a number or an initial starts the run again after it.
    /// </summary>
    private static Dictionary<string, int[]> AcronymIndex(NormalizedName[] names)
    {
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        Span<char> initials = stackalloc char[Acronyms.MaxLength];
        Span<int> from = stackalloc int[Acronyms.MaxLength];
        for (var n = 0; n < names.Length; n++)
        {
            keys.Clear();
            var tokens = names[n].Tokens;
            for (var start = 0; start < tokens.Count; start++)
            {
                // Runs start at the name's first token and after each number or initial ("123 aviatsionnyi remontnyi zavod").
                if (start > 0 && !Acronyms.EndsRun(tokens[start - 1])) continue;
                foreach (var genericLetters in (ReadOnlySpan<bool>)[true, false])
                {
                    var length = Acronyms.Initials(tokens, start, genericLetters, initials, from);
                    for (var l = Acronyms.MinLength; l <= length; l++) keys.Add(new string(initials[..l]));
                }
            }
            foreach (var key in keys)
            {
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(n);
            }
        }
        return index.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Postings to credit for acronyms in the query: a query token that is the initials of indexed names ("pla"), and a
    /// run of query tokens whose initials are an indexed token ("islamic revolutionary guard corps" for "irgc"), credited to
    /// each token of that run. Each entry is the query token, the names to credit and the credit.
    /// </summary>
    private List<(int Token, int[] Names, double Credit)> AcronymCredits(IReadOnlyList<NameToken> tokens)
    {
        var credits = new List<(int Token, int[] Names, double Credit)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Acronyms.CanBe(tokens[i]) && _acronymNames.TryGetValue(tokens[i].Text, out var names))
            {
                credits.Add((i, names, TokenSimilarity.Credit(Acronyms.Similarity(tokens[i].Text))));
            }
        }

        Span<char> initials = stackalloc char[Acronyms.MaxLength];
        Span<int> from = stackalloc int[Acronyms.MaxLength];
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!Acronyms.GivesLetter(tokens[start])) continue;
            foreach (var genericLetters in (ReadOnlySpan<bool>)[true, false])
            {
                var length = Acronyms.Initials(tokens, start, genericLetters, initials, from);
                for (var l = Acronyms.MinLength; l <= length; l++)
                {
                    if (!_vocabulary.TryGetId(initials[..l], out var id)) continue;
                    // An acronym is a rare token; initials that spell a common word ("and", "ban") say nothing.
                    var postings = _vocabulary.Postings(id);
                    if (postings.Length > MaxAcronymNames || _vocabulary.Token(id).Kind != TokenKind.Word) continue;
                    var credit = TokenSimilarity.Credit(Acronyms.Similarity(_vocabulary.Token(id).Text));
                    for (var k = start; k <= from[l - 1]; k++) credits.Add((k, postings, credit));
                }
            }
        }
        return credits;
    }
}
