namespace Credence.Core.Text;

/// <summary>Turns a name into matching tokens: script, case, accents, punctuation, honorifics, ranks and legal forms.</summary>
public sealed class NameNormalizer
{
    public NameNormalizer(ITransliterator transliterator)
    {
        ArgumentNullException.ThrowIfNull(transliterator);
        Transliterator = transliterator;
    }

    public ITransliterator Transliterator { get; }
}
