using AnyAscii;
using Credence.Core.Text;

namespace Credence.Lists.Text;

/// <summary>Transliteration by AnyAscii: covers Cyrillic, Greek, Arabic, Hebrew, CJK, Myanmar, Thai, Devanagari and most other scripts, offline.</summary>
public sealed class AnyAsciiTransliterator : ITransliterator
{
    public static AnyAsciiTransliterator Instance { get; } = new();

    public string ToLatin(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var ch in text)
        {
            if (ch > '\u007f') return text.Transliterate();
        }
        return text;
    }
}
