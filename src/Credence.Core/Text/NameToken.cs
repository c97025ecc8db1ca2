namespace Credence.Core.Text;

/// <summary>One normalised token of a name: lower-case Latin letters and digits only.</summary>
/// <param name="Text">The normalised token ("hlaing", "ltd").</param>
/// <param name="Kind">What kind of token it is.</param>
/// <param name="Phonetic">A phonetic key for fuzzy retrieval and comparison; empty for numbers.</param>
/// <param name="Unvocalized">
/// The token was transliterated from a script that leaves vowels unwritten (Arabic, Hebrew, Syriac) and has none: "mhmd" from
/// "محمد". Such a token is compared with written-out names by its consonants.
/// </param>
/// <param name="Syllable">
/// The token is one character of a name written in Han or Hangul, romanised: "xi", "jin", "ping" from "习近平". Two different
/// such syllables are different characters, and so different names, however alike their romanisations ("朋" peng is not "平"
/// ping, "종" jong is not "정" jeong); against a token from any other script they compare by spelling as usual.
/// </param>
/// <param name="SinoKey">
/// The <see cref="ChineseRomanization"/> key of a word in a name that reads wholly as romanised Chinese syllables ("Hsi Chin-ping",
/// "Xi Jinping"); null otherwise. Two tokens with one key are the same syllables in Pinyin or Wade-Giles.
/// </param>
public sealed record NameToken(
    string Text, TokenKind Kind, string Phonetic, bool Unvocalized = false, bool Syllable = false, string? SinoKey = null);
