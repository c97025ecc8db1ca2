using Credence.Core.Entities;

namespace Credence.Lists.Ofac;

/// <summary>Rules both OFAC mappers share: schema from sdnType, alias kinds, program splitting, field caps, countries, dates.</summary>
internal static class OfacMapping
{
    /// <summary>Longest name kept, in characters; longer ones are cut with a warning (no real name is near it).</summary>
    public const int MaxNameLength = 4096;

    /// <summary>Longest remarks text kept, in characters.</summary>
    public const int MaxRemarksLength = 65536;

    /// <summary>Longest address, identifier or other value kept, in characters.</summary>
    public const int MaxValueLength = 4096;

    /// <summary>"individual" -> Person, "vessel", "aircraft", "entity" or empty -> Organization (OFAC leaves the type empty for entities).</summary>
    public static EntitySchema Schema(string? type, RawRecordRef raw, ICollection<ParseDiagnostic> diagnostics)
    {
        switch (type?.Trim().ToLowerInvariant())
        {
            case null or "" or "entity":
                return EntitySchema.Organization;
            case "individual":
                return EntitySchema.Person;
            case "vessel":
                return EntitySchema.Vessel;
            case "aircraft":
                return EntitySchema.Aircraft;
            default:
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "sdnType", $"unknown type '{Cap(type, 40)}'; kept as Unknown"));
                return EntitySchema.Unknown;
        }
    }

    /// <summary>"a.k.a."/"aka" -> "aka", "f.k.a."/"fka" -> "fka", "n.k.a."/"nka" -> "nka"; empty -> "aka"; anything else lower-cased.</summary>
    public static string AliasKind(string? type)
    {
        var key = (type ?? "").Replace(".", "", StringComparison.Ordinal).Trim().ToLowerInvariant();
        return key.Length == 0 ? "aka" : key;
    }

    /// <summary>Splits OFAC's program field: "GLOMAG] [BURMA-EO14014" is two programs.</summary>
    public static IEnumerable<string> Programs(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) yield break;
        foreach (var part in field.Split(']'))
        {
            var program = part.Trim().TrimStart('[').Trim();
            if (program.Length > 0) yield return program;
        }
    }

    /// <summary>The value cut to <paramref name="max"/> characters, with a warning when it was longer.</summary>
    public static string? Limit(string? value, int max, RawRecordRef raw, string field, ICollection<ParseDiagnostic> diagnostics)
    {
        if (value is null || value.Length <= max) return value;
        diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, field,
            $"the value is {value.Length} characters long; cut to {max}"));
        return value[..max];
    }

    /// <summary>Adds the country's ISO code (or its text when unknown) unless already there.</summary>
    public static void AddCountry(List<string> countries, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var country = Countries.Normalize(Cap(text, MaxValueLength));
        if (!countries.Contains(country, StringComparer.Ordinal)) countries.Add(country);
    }

    /// <summary>Adds each birth date unless already there; unreadable text is a warning and the record is kept.</summary>
    public static void AddBirthDates(List<PartialDate> dates, string text, RawRecordRef raw, string field, ICollection<ParseDiagnostic> diagnostics)
    {
        if (!OfacDates.TryParseBirthDates(text, out var parsed))
        {
            diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, field, $"'{Cap(text, 80)}' is not a date OFAC uses; date dropped"));
            return;
        }
        foreach (var date in parsed)
        {
            if (!dates.Contains(date)) dates.Add(date);
        }
    }

    /// <summary>The earliest readable listing date; unreadable ones are warnings.</summary>
    public static DateOnly? EarliestListing(IEnumerable<string> texts, RawRecordRef raw, ICollection<ParseDiagnostic> diagnostics)
    {
        DateOnly? earliest = null;
        foreach (var text in texts)
        {
            if (OfacDates.ParseDay(text) is { } day)
            {
                if (earliest is null || day < earliest) earliest = day;
            }
            else
            {
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "Listing Date", $"'{Cap(text, 80)}' is not a date; ignored"));
            }
        }
        return earliest;
    }

    /// <summary>Adds a name unless the same text is already there (the first, stronger one wins).</summary>
    public static void AddName(List<EntityName> names, EntityName name)
    {
        if (name.Value.Length == 0) return;
        foreach (var existing in names)
        {
            if (string.Equals(existing.Value, name.Value, StringComparison.Ordinal)) return;
        }
        names.Add(name);
    }

    private static string Cap(string? text, int max) => text is null ? "" : text.Length <= max ? text.Trim() : text[..max].Trim();
}
