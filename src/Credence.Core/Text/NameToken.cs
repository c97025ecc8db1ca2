namespace Credence.Core.Text;

/// <summary>One normalised token of a name: lower-case Latin letters and digits only.</summary>
/// <param name="Text">The normalised token ("hlaing", "ltd").</param>
/// <param name="Kind">What kind of token it is.</param>
/// <param name="Phonetic">A phonetic key for fuzzy retrieval and comparison; empty for numbers.</param>
/// <param name="Unvocalized">
/// The token was transliterated from a script that leaves vowels unwritten (Arabic, Hebrew, Syriac) and has none: "mhmd" from
/// "محمد". Such a token is compared with written-out names by its consonants.
/// </param>
public sealed record NameToken(string Text, TokenKind Kind, string Phonetic, bool Unvocalized = false);
