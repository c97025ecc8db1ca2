namespace Credence.Core.Text;

/// <summary>
/// Turns text in any script into Latin letters ("Мин Аунг Хлайн" -> "Min Aung Khlain"). Core stays free of packages, so the
/// implementation is given to it: Credence.Lists supplies one backed by AnyAscii.
/// </summary>
public interface ITransliterator
{
    /// <summary>Returns <paramref name="text"/> in Latin script. Latin input comes back unchanged apart from accents, which may be dropped.</summary>
    string ToLatin(string text);
}
