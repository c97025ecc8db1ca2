using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>
/// What OFAC's free-text remarks state, read from their ";"-separated parts: weak aliases ("a.k.a. 'MEHL'"), birth dates and places,
/// nationality, citizenship, identifying numbers with their issuing country, gender, links and listing dates. Parts that match none
/// of these stay only in the remarks text, which the mapper keeps whole.
/// </summary>
public sealed class OfacRemarks
{
    /// <summary>Weak aliases from "a.k.a. 'X'", "f.k.a. 'X'", "n.k.a. 'X'" (Kind "aka", "fka", "nka").</summary>
    public IReadOnlyList<EntityName> Aliases { get; private init; } = [];

    /// <summary>The date text after "DOB" / "alt. DOB", unparsed ("03 Jul 1956", "circa 1960", "1955 to 1957").</summary>
    public IReadOnlyList<string> BirthDates { get; private init; } = [];

    /// <summary>The place text after "POB".</summary>
    public IReadOnlyList<string> BirthPlaces { get; private init; } = [];

    /// <summary>Country text after "nationality", "citizen" and "Nationality of Registration", as published.</summary>
    public IReadOnlyList<string> Countries { get; private init; } = [];

    /// <summary>Identifying numbers; Country is the lower-case ISO code of the country in brackets after the number, when recognised.</summary>
    public IReadOnlyList<EntityIdentifier> Identifiers { get; private init; } = [];

    /// <summary>"Male" or "Female" when stated.</summary>
    public string? Gender { get; private init; }

    /// <summary>Names after "Linked To:", as published.</summary>
    public IReadOnlyList<string> LinkedTo { get; private init; } = [];

    /// <summary>The date text of "Listing Date (...): 31 Oct 2023" parts, unparsed.</summary>
    public IReadOnlyList<string> ListingDates { get; private init; } = [];

    /// <summary>Reads remarks text. Null or empty gives an empty result; nothing here throws.</summary>
    public static OfacRemarks Parse(string? remarks)
    {
        if (string.IsNullOrWhiteSpace(remarks)) return new OfacRemarks();
        var aliases = new List<EntityName>();
        var birthDates = new List<string>();
        var birthPlaces = new List<string>();
        var countries = new List<string>();
        var identifiers = new List<EntityIdentifier>();
        var linkedTo = new List<string>();
        var listingDates = new List<string>();
        string? gender = null;

        // Parts are separated by "; ", now and then by a bare ";" ("possibly Palestinian;arrested 23 Apr 2002").
        var parts = remarks.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            // Only the whole text ends with a full stop; inside, a trailing dot belongs to the value ("C.I. S.A.S.").
            if (i == parts.Length - 1 && part.EndsWith('.') && !part.EndsWith("'.", StringComparison.Ordinal)) part = part[..^1];
            if (part.StartsWith("alt. ", StringComparison.Ordinal)) part = part[5..].TrimStart();

            if (AliasKind(part) is { } kind)
            {
                if (Quoted(part[7..]) is { Length: > 0 } alias) aliases.Add(new EntityName(alias, NameQuality.Weak, kind));
            }
            else if (After(part, "DOB ") is { } dob) birthDates.Add(dob);
            else if (After(part, "POB ") is { } pob) birthPlaces.Add(pob);
            else if (After(part, "nationality ") is { } nationality) countries.Add(nationality);
            else if (After(part, "citizen ") is { } citizen) countries.Add(citizen);
            else if (After(part, "Nationality of Registration ") is { } registered) countries.Add(registered);
            else if (After(part, "Gender ") is { } g) gender = g;
            else if (After(part, "Linked To: ") is { } link) linkedTo.Add(link);
            else if (part.StartsWith("Listing Date", StringComparison.Ordinal) && part.IndexOf("): ", StringComparison.Ordinal) is var colon and > 0)
                listingDates.Add(part[(colon + 3)..].Trim());
            else if (Identifier(part) is { } identifier) identifiers.Add(identifier);
        }

        return new OfacRemarks
        {
            Aliases = aliases,
            BirthDates = birthDates,
            BirthPlaces = birthPlaces,
            Countries = countries,
            Identifiers = identifiers,
            Gender = gender,
            LinkedTo = linkedTo,
            ListingDates = listingDates,
        };
    }

    /// <summary>
    /// Reads "Label Value (Country) issued ... expires ...". "... IMO 1234567" becomes type "IMO" so vessel numbers compare across lists.
    /// Returns null when the text starts with no known label.
    /// </summary>
    internal static EntityIdentifier? Identifier(string part)
    {
        string? type = null, rest = null;
        if (part.StartsWith(OfacIdentifierLabels.DigitalCurrency, StringComparison.Ordinal))
        {
            var tail = part[OfacIdentifierLabels.DigitalCurrency.Length..];
            var space = tail.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0) return null;
            type = OfacIdentifierLabels.DigitalCurrency + tail[..space];
            rest = tail[(space + 1)..];
        }
        else
        {
            foreach (var label in OfacIdentifierLabels.Remarks)
            {
                if (part.Length > label.Length + 1 && part.StartsWith(label, StringComparison.Ordinal) && part[label.Length] == ' ')
                {
                    type = label;
                    rest = part[(label.Length + 1)..];
                    break;
                }
            }
        }
        if (type is null || rest is null) return null;
        return Split(type, rest);
    }

    /// <summary>Splits a value into number and issuing country, and drops "issued"/"expires" tails.</summary>
    internal static EntityIdentifier? Split(string type, string text)
    {
        var value = text.Trim();
        foreach (var tail in (ReadOnlySpan<string>)[" issued ", " expires "])
        {
            var at = value.IndexOf(tail, StringComparison.Ordinal);
            if (at > 0) value = value[..at].TrimEnd();
        }
        string? country = null;
        if (value.EndsWith(')'))
        {
            var open = value.LastIndexOf('(');
            if (open > 0 && Core.Entities.Countries.ToCode(value[(open + 1)..^1]) is { } code)
            {
                country = code;
                value = value[..open].TrimEnd();
            }
        }
        if (value.StartsWith("IMO ", StringComparison.Ordinal))
        {
            type = "IMO";
            value = value[4..].Trim();
        }
        return value.Length == 0 ? null : new EntityIdentifier(type, value, country);
    }

    private static string? AliasKind(string part) =>
        part.StartsWith("a.k.a. ", StringComparison.Ordinal) ? "aka"
        : part.StartsWith("f.k.a. ", StringComparison.Ordinal) ? "fka"
        : part.StartsWith("n.k.a. ", StringComparison.Ordinal) ? "nka"
        : null;

    // OFAC quotes aliases in single quotes and keeps apostrophes inside ('AL-QA'IDA'), so the outermost pair delimits the name.
    private static string Quoted(string text)
    {
        var value = text.Trim();
        var first = value.IndexOf('\'', StringComparison.Ordinal);
        var last = value.LastIndexOf('\'');
        return first >= 0 && last > first ? value[(first + 1)..last].Trim() : value.TrimEnd('.').Trim();
    }

    private static string? After(string part, string prefix) =>
        part.Length > prefix.Length && part.StartsWith(prefix, StringComparison.Ordinal) ? part[prefix.Length..].Trim() : null;
}
