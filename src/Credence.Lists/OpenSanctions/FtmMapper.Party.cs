using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

public static partial class FtmMapper
{
    private static readonly string[] CountryProperties = ["nationality", "citizenship", "country", "jurisdiction", "mainCountry", "flag"];

    // FollowTheMoney identifier properties and the label and issuing country Credence gives them.
    private static readonly (string Property, string Type, string? Country)[] IdentifierProperties =
    [
        ("idNumber", "ID Number", null),
        ("passportNumber", "Passport", null),
        ("registrationNumber", "Registration Number", null),
        ("imoNumber", "IMO", null),
        ("taxNumber", "Tax Number", null),
        ("innCode", "INN", "ru"),
        ("ogrnCode", "OGRN", "ru"),
        ("okpoCode", "OKPO", "ru"),
        ("leiCode", "LEI", null),
        ("swiftBic", "SWIFT/BIC", null),
        ("vatCode", "VAT", null),
        ("mmsi", "MMSI", null),
        ("callSign", "Call Sign", null),
    ];

    private static SanctionEntity? MapParty(FtmRecord party, IReadOnlyList<FtmRecord> sanctions, RecordIndex index, string sourceId,
        string fileName, ICollection<ParseDiagnostic> diagnostics)
    {
        var names = MapNames(party, fileName, diagnostics);
        if (names.Count == 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, LineOf(party), "name", $"The {party.Schema} {party.Id} has no name; it was skipped.",
                DiagnosticSeverity.Error));
            return null;
        }
        return new SanctionEntity
        {
            Source = sourceId,
            SourceId = party.Id,
            Schema = FtmSchemas.ToEntitySchema(party.Schema)!.Value,
            Names = names,
            BirthDates = MapBirthDates(party, fileName, diagnostics),
            Countries = Distinct(CountryProperties.SelectMany(party.Values).Select(Countries.Normalize)),
            Identifiers = MapIdentifiers(party, index.DocumentsOf(party.Id)),
            Programs = Distinct(party.Values("program").Concat(party.Values("programId"))
                .Concat(sanctions.SelectMany(s => s.Values("program").Concat(s.Values("programId"))))),
            Authorities = MapAuthorities(party, sanctions),
            ListedOn = EarliestDate(sanctions, "startDate") ?? EarliestDate(sanctions, "listingDate"),
            Remarks = MapRemarks(party, fileName, diagnostics),
            Addresses = MapAddresses(party, index),
            Raw = new RawRecordRef(fileName, LineOf(party)),
        };
    }

    private static List<EntityName> MapNames(FtmRecord party, string fileName, ICollection<ParseDiagnostic> diagnostics)
    {
        var names = new List<EntityName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string value, NameQuality quality, string kind, string field)
        {
            var name = value.Trim();
            // The primary name is also among the name values: skip repeats before cutting, so a long name warns once.
            if (name.Length == 0 || !seen.Add(name)) return;
            if (name.Length > MaxNameLength)
            {
                var cut = char.IsHighSurrogate(name[MaxNameLength - 1]) ? MaxNameLength - 1 : MaxNameLength;
                diagnostics.Add(new ParseDiagnostic(fileName, LineOf(party), field, string.Create(CultureInfo.InvariantCulture,
                    $"A name of {name.Length:N0} characters was cut to {cut:N0}.")));
                name = name[..cut];
            }
            names.Add(new EntityName(name, quality, kind));
        }

        var nameValues = party.Values("name");
        // OpenSanctions' caption is the name it displays; put it first when it is one of the names.
        var primary = party.Caption is { } caption && nameValues.Contains(caption, StringComparer.Ordinal)
            ? caption
            : nameValues.FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)) ?? party.Caption;
        if (primary is not null) Add(primary, NameQuality.Strong, "primary", "name");
        foreach (var name in nameValues) Add(name, NameQuality.Strong, "aka", "name");
        foreach (var alias in party.Values("alias")) Add(alias, NameQuality.Strong, "aka", "alias");
        foreach (var abbreviation in party.Values("abbreviation")) Add(abbreviation, NameQuality.Strong, "aka", "abbreviation");
        foreach (var previous in party.Values("previousName")) Add(previous, NameQuality.Strong, "previous", "previousName");
        foreach (var weak in party.Values("weakAlias")) Add(weak, NameQuality.Weak, "aka", "weakAlias");
        return names;
    }

    private static string? MapRemarks(FtmRecord party, string fileName, ICollection<ParseDiagnostic> diagnostics)
    {
        var notes = party.Values("notes");
        if (notes.Count == 0) return null;
        var remarks = string.Join("\n", notes);
        if (remarks.Length <= FtmReader.MaxValueLength) return remarks;
        // Each note was capped on reading; many of them together are capped once more.
        diagnostics.Add(new ParseDiagnostic(fileName, LineOf(party), "notes", string.Create(CultureInfo.InvariantCulture,
            $"The notes total {remarks.Length:N0} characters; they were cut to {FtmReader.MaxValueLength:N0}.")));
        return remarks[..FtmReader.MaxValueLength];
    }

    private static List<PartialDate> MapBirthDates(FtmRecord party, string fileName, ICollection<ParseDiagnostic> diagnostics)
    {
        var dates = new List<PartialDate>();
        foreach (var value in party.Values("birthDate"))
        {
            // FollowTheMoney dates are ISO 8601 prefixes; a time part, when present, is not part of a birth date.
            var text = value.Length > 10 && value[10] == 'T' ? value[..10] : value;
            if (PartialDate.TryParseIso(text, out var date))
            {
                if (!dates.Contains(date)) dates.Add(date);
            }
            else
            {
                diagnostics.Add(new ParseDiagnostic(fileName, LineOf(party), "birthDate",
                    $"\"{Shorten(value)}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it was ignored."));
            }
        }
        return dates;
    }

    private static List<EntityIdentifier> MapIdentifiers(FtmRecord party, IReadOnlyList<FtmRecord> documents)
    {
        var identifiers = new List<EntityIdentifier>();
        void Add(string type, string value, string? country)
        {
            var trimmed = value.Trim();
            if (trimmed.Length == 0) return;
            if (identifiers.Exists(i => i.Type == type && i.Value == trimmed)) return;
            identifiers.Add(new EntityIdentifier(type, trimmed, country));
        }

        foreach (var (property, type, country) in IdentifierProperties)
        {
            foreach (var value in party.Values(property)) Add(type, value, country);
        }
        foreach (var document in documents)
        {
            var type = document.Schema == FtmSchemas.Passport ? "Passport" : document.Values("type").FirstOrDefault() ?? "Identification";
            var country = document.Values("country").Select(c => Countries.ToCode(c)).FirstOrDefault(c => c is not null);
            foreach (var number in document.Values("number").Concat(document.Values("passportNumber"))) Add(type, number, country);
        }
        return identifiers;
    }

    private static List<string> MapAuthorities(FtmRecord party, IReadOnlyList<FtmRecord> sanctions)
    {
        var codes = new List<string?>();
        foreach (var sanction in sanctions)
        {
            codes.AddRange(sanction.Values("country").Select(SanctionAuthorities.FromCountry));
            codes.AddRange(sanction.Values("authority").SelectMany(SanctionAuthorities.FromText));
            codes.AddRange(sanction.Values("programId").Select(SanctionAuthorities.FromProgramId));
        }
        codes.AddRange(party.Values("programId").Select(SanctionAuthorities.FromProgramId));
        // Without Sanction records (an export of one source list), the dataset names the publisher.
        if (codes.TrueForAll(c => c is null)) codes.AddRange(party.Datasets.Select(SanctionAuthorities.FromDataset));
        return Distinct(codes.OfType<string>());
    }

    private static List<string> MapAddresses(FtmRecord party, RecordIndex index)
    {
        var lines = new List<string>(party.Values("address"));
        foreach (var id in party.Values("addressEntity"))
        {
            if (!index.Addresses.TryGetValue(id, out var address)) continue;
            var full = address.Values("full").FirstOrDefault();
            lines.Add(full ?? string.Join(", ", new[] { "street", "postalCode", "city", "region", "country" }
                .SelectMany(address.Values).Where(v => !string.IsNullOrWhiteSpace(v))));
        }
        return Distinct(lines);
    }

    private static DateOnly? EarliestDate(IReadOnlyList<FtmRecord> sanctions, string property)
    {
        DateOnly? earliest = null;
        foreach (var value in sanctions.SelectMany(s => s.Values(property)))
        {
            if (value.Length < 10
                || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }
            if (earliest is null || date < earliest) earliest = date;
        }
        return earliest;
    }

    private static List<string> Distinct(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";
}
