namespace Credence.Core.Text;

/// <summary>A name after normalisation: its tokens (order kept, but matching ignores order) and what was dropped.</summary>
/// <param name="Original">The name as given.</param>
/// <param name="Tokens">The tokens that take part in matching.</param>
/// <param name="Dropped">Honorifics and ranks removed from the start of a person's name ("senior", "general", "u").</param>
public sealed record NormalizedName(string Original, IReadOnlyList<NameToken> Tokens, IReadOnlyList<string> Dropped)
{
    /// <summary>The tokens joined by single spaces: the normalised form a person can read.</summary>
    public string Display => string.Join(' ', Tokens.Select(t => t.Text));
}
