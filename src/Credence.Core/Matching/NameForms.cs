using Credence.Core.Text;

namespace Credence.Core.Matching;

/// <summary>
/// Indexed names that score alike. The same person or company is often on several lists under the same name, and a name's
/// score against a query depends only on its tokens (text, kind and flags) and whether it is a person's; so each group of
/// such names is one form, and a query scores each form once (<see cref="FormScores"/>).
/// </summary>
internal static class NameForms
{
    /// <summary>The form of each name, numbered from 0 in order of first appearance; <paramref name="count"/> forms in all.</summary>
    public static int[] Of(IReadOnlyList<NormalizedName> names, IReadOnlyList<bool> personal, out int count)
    {
        var forms = new Dictionary<(IReadOnlyList<NameToken> Tokens, bool Personal), int>(new FormComparer());
        var result = new int[names.Count];
        for (var n = 0; n < names.Count; n++)
        {
            var key = (names[n].Tokens, personal[n]);
            if (!forms.TryGetValue(key, out var form)) forms[key] = form = forms.Count;
            result[n] = form;
        }
        count = forms.Count;
        return result;
    }

    // Token by token with the tokens' own record equality, so a flag added to NameToken later is compared too.
    private sealed class FormComparer : IEqualityComparer<(IReadOnlyList<NameToken> Tokens, bool Personal)>
    {
        public bool Equals((IReadOnlyList<NameToken> Tokens, bool Personal) x, (IReadOnlyList<NameToken> Tokens, bool Personal) y)
        {
            if (x.Personal != y.Personal || x.Tokens.Count != y.Tokens.Count) return false;
            for (var i = 0; i < x.Tokens.Count; i++)
            {
                if (!x.Tokens[i].Equals(y.Tokens[i])) return false;
            }
            return true;
        }

        public int GetHashCode((IReadOnlyList<NameToken> Tokens, bool Personal) key)
        {
            var hash = new HashCode();
            hash.Add(key.Personal);
            foreach (var token in key.Tokens) hash.Add(token);
            return hash.ToHashCode();
        }
    }
}
