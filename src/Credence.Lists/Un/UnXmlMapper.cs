using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Un;

/// <summary>
/// Turns UN consolidated list records into <see cref="SanctionEntity"/> values: the primary name is FIRST_NAME to FOURTH_NAME joined by
/// spaces as published; NAME_ORIGINAL_SCRIPT is a strong "non-latin" name; aliases of quality "Low" are weak, all others strong, and
/// "f.k.a." aliases have kind "fka". REFERENCE_NUMBER becomes a "UN Reference Number" identifier (other lists cite it).
/// </summary>
public static class UnXmlMapper
{
    /// <summary>Longest name kept, in characters.</summary>
    public const int MaxNameLength = 4096;

    /// <summary>Longest comments text kept, in characters.</summary>
    public const int MaxRemarksLength = 65536;

    /// <summary>Longest address or document number kept, in characters.</summary>
    public const int MaxValueLength = 4096;

    /// <summary>Widest BETWEEN range expanded into single years; a wider one is a warning and is dropped.</summary>
    public const int MaxRangeYears = 30;

    /// <summary>Maps the records. One without a numeric DATAID or any name, or with a repeated DATAID, is an error diagnostic and skipped.</summary>
    public static IReadOnlyList<SanctionEntity> Map(IReadOnlyList<UnXmlRecord> records, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<SanctionEntity>(records.Count);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = record.Raw;
            if (record.DataId is null || !long.TryParse(record.DataId, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "DATAID", "the record has no numeric DATAID; record skipped", DiagnosticSeverity.Error));
                continue;
            }
            if (!seen.Add(record.DataId))
            {
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "DATAID", $"DATAID {record.DataId} appears again; record skipped", DiagnosticSeverity.Error));
                continue;
            }
            var names = Names(record, diagnostics);
            if (names.Count == 0)
            {
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "FIRST_NAME", "the record has no name; record skipped", DiagnosticSeverity.Error));
                continue;
            }
            entities.Add(MapOne(record, names, diagnostics));
        }
        return entities;
    }

    private static SanctionEntity MapOne(UnXmlRecord record, List<EntityName> names, ICollection<ParseDiagnostic> diagnostics)
    {
        var raw = record.Raw;
        var birthDates = new List<PartialDate>();
        foreach (var date in record.DatesOfBirth) AddBirthDates(birthDates, date, raw, diagnostics);
        foreach (var alias in record.Aliases)
        {
            if (alias.DateOfBirth is { } text) AddBirthDates(birthDates, new UnXmlDateOfBirth("EXACT", text, null, null, null, null), raw, diagnostics);
        }

        var countries = new List<string>();
        foreach (var nationality in record.Nationalities) AddCountry(countries, nationality);
        foreach (var address in record.Addresses) AddCountry(countries, address.Country);

        var identifiers = new List<EntityIdentifier>();
        if (record.ReferenceNumber is { } reference) identifiers.Add(new EntityIdentifier("UN Reference Number", reference));
        foreach (var document in record.Documents)
        {
            if (Limit(document.Number, MaxValueLength, raw, "NUMBER", diagnostics) is not { } number) continue;
            // Some types are wrapped over lines in the source ("National Identification\n   Number").
            var type = string.Join(' ', (document.Type ?? document.Type2 ?? "Document").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            identifiers.Add(new EntityIdentifier(type, number, Countries.ToCode(document.IssuingCountry ?? document.CountryOfIssue)));
        }

        var addresses = new List<string>();
        foreach (var a in record.Addresses)
        {
            var line = string.Join(", ", new[] { a.Street, a.City, a.StateProvince, a.ZipCode, a.Country }.Where(p => p is not null));
            line = Limit(line, MaxValueLength, raw, "ADDRESS", diagnostics)!;
            if (line.Length > 0 && !addresses.Contains(line, StringComparer.Ordinal)) addresses.Add(line);
        }

        DateOnly? listedOn = null;
        if (record.ListedOn is { } listed)
        {
            listedOn = ParseIsoDay(listed);
            if (listedOn is null) diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "LISTED_ON", $"'{Short(listed)}' is not a date; ignored"));
        }

        return new SanctionEntity
        {
            Source = ListSources.UnSc.Id,
            SourceId = record.DataId!,
            Schema = string.Equals(record.Kind, "INDIVIDUAL", StringComparison.Ordinal) ? EntitySchema.Person : EntitySchema.Organization,
            Names = names,
            BirthDates = birthDates,
            Countries = countries,
            Identifiers = identifiers.Distinct().ToList(),
            Programs = record.UnListType is { } program ? [program] : [],
            Authorities = [ListSources.UnSc.Authority],
            ListedOn = listedOn,
            Remarks = Limit(record.Comments, MaxRemarksLength, raw, "COMMENTS1", diagnostics),
            Addresses = addresses,
            Raw = raw,
        };
    }

    private static List<EntityName> Names(UnXmlRecord record, ICollection<ParseDiagnostic> diagnostics)
    {
        var raw = record.Raw;
        var names = new List<EntityName>();
        var primary = string.Join(' ', new[] { record.FirstName, record.SecondName, record.ThirdName, record.FourthName }.Where(p => p is not null));
        Add(names, new EntityName(Limit(primary, MaxNameLength, raw, "FIRST_NAME", diagnostics)!));
        if (Limit(record.NameOriginalScript, MaxNameLength, raw, "NAME_ORIGINAL_SCRIPT", diagnostics) is { } original)
            Add(names, new EntityName(original, NameQuality.Strong, names.Count == 0 ? "primary" : "non-latin"));
        foreach (var alias in record.Aliases)
        {
            if (Limit(alias.Name, MaxNameLength, raw, "ALIAS_NAME", diagnostics) is not { } name) continue;
            var quality = (alias.Quality ?? "").Trim().ToLowerInvariant();
            var kind = quality switch
            {
                "f.k.a." or "fka" => "fka",
                "n.k.a." or "nka" => "nka",
                _ => "aka",
            };
            Add(names, new EntityName(name, string.Equals(quality, "low", StringComparison.Ordinal) ? NameQuality.Weak : NameQuality.Strong, kind));
        }
        return names;
    }

    private static void AddBirthDates(List<PartialDate> dates, UnXmlDateOfBirth item, RawRecordRef raw, ICollection<ParseDiagnostic> diagnostics)
    {
        var found = new List<PartialDate>();
        string? bad = null;
        if (item.FromYear is not null || item.ToYear is not null)
        {
            if (TryYear(item.FromYear ?? item.ToYear, out var from) && TryYear(item.ToYear ?? item.FromYear, out var to) && to >= from && to - from <= MaxRangeYears)
                found.AddRange(Enumerable.Range(from, to - from + 1).Select(y => new PartialDate(y)));
            else bad = $"{item.FromYear} to {item.ToYear}";
        }
        else if (item.Date is { } date)
        {
            // DATE is ISO, sometimes with a time-zone offset after the day ("1958-02-22-05:00").
            if (PartialDate.TryParseIso(date.Length > 10 ? date[..10] : date, out var parsed)) found.Add(parsed);
            else bad = date;
        }
        else if (item.Year is { } year)
        {
            if (TryYear(year, out var y)) found.Add(new PartialDate(y));
            else bad = year;
        }
        if (bad is not null)
            diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "DATE_OF_BIRTH", $"'{Short(bad)}' is not a date; date dropped"));
        foreach (var d in found)
        {
            if (!dates.Contains(d)) dates.Add(d);
        }
    }

    private static DateOnly? ParseIsoDay(string text)
    {
        var day = text.Trim();
        if (day.Length > 10) day = day[..10];
        return DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
    }

    private static bool TryYear(string? text, out int year) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1 and <= 9999;

    private static void Add(List<EntityName> names, EntityName name)
    {
        if (name.Value.Length == 0 || names.Exists(n => string.Equals(n.Value, name.Value, StringComparison.Ordinal))) return;
        names.Add(name);
    }

    private static void AddCountry(List<string> countries, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        var country = Countries.Normalize(text.Length > MaxValueLength ? text[..MaxValueLength] : text);
        if (!countries.Contains(country, StringComparer.Ordinal)) countries.Add(country);
    }

    private static string? Limit(string? value, int max, RawRecordRef raw, string field, ICollection<ParseDiagnostic> diagnostics)
    {
        if (value is null || value.Length <= max) return value;
        diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, field, $"the value is {value.Length} characters long; cut to {max}"));
        return value[..max];
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..80] + "...";
}
