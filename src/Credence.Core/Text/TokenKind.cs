namespace Credence.Core.Text;

/// <summary>What a normalised name token is, which decides how much it counts.</summary>
public enum TokenKind
{
    /// <summary>An ordinary name part: counts in full, scaled by rarity.</summary>
    Word = 0,
    /// <summary>A single letter standing for a name ("J" in "Hans J Friedrich"): matches a word with that initial.</summary>
    Initial,
    /// <summary>Digits: must match exactly.</summary>
    Number,
    /// <summary>A canonical legal form ("ltd", "plc", "jsc"): counts little, so "Ltd" alone never makes a hit.</summary>
    LegalForm,
    /// <summary>A name particle ("al", "bin", "van", "de"): counts little.</summary>
    Particle,
    /// <summary>A function word or generic organisation word ("the", "of", "group", "holding"): counts little.</summary>
    Generic,
}
