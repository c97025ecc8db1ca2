using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Ofac;

/// <summary>
/// Turns sdnList XML records into <see cref="SanctionEntity"/> values. Names are written as the CSV writes them, "LAST, First", so both
/// OFAC formats give the same strings. idList items that are numbers become identifiers; those that are facts (dates, web sites,
/// determinations) do not, except "Nationality of Registration" (a country) and "Listing Date" (the listing date).
/// </summary>
public static class OfacXmlMapper
{
    /// <summary>Maps the entries. An entry without a numeric uid or any name, or with a repeated uid, is an error diagnostic and skipped.</summary>
    public static IReadOnlyList<SanctionEntity> Map(
        ListSource source, IReadOnlyList<OfacXmlRecord> records, ICollection<ParseDiagnostic> diagnostics, CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<SanctionEntity>(records.Count);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var raw = record.Raw;
            if (record.Uid is null || !long.TryParse(record.Uid, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "uid", "the entry has no numeric uid; entry skipped", DiagnosticSeverity.Error));
                continue;
            }
            if (!seen.Add(record.Uid))
            {
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "uid", $"uid {record.Uid} appears again; entry skipped", DiagnosticSeverity.Error));
                continue;
            }
            var primary = FullName(record.FirstName, record.LastName);
            if (primary is null)
            {
                diagnostics.Add(new ParseDiagnostic(raw.File, raw.Location, "lastName", "the entry has no name; entry skipped", DiagnosticSeverity.Error));
                continue;
            }
            entities.Add(MapOne(source, record, primary, diagnostics));
        }
        return entities;
    }

    private static SanctionEntity MapOne(ListSource source, OfacXmlRecord record, string primary, ICollection<ParseDiagnostic> diagnostics)
    {
        var raw = record.Raw;
        var names = new List<EntityName>();
        OfacMapping.AddName(names, new EntityName(OfacMapping.Limit(primary, OfacMapping.MaxNameLength, raw, "lastName", diagnostics)!));
        foreach (var aka in record.Akas)
        {
            var name = OfacMapping.Limit(FullName(aka.FirstName, aka.LastName), OfacMapping.MaxNameLength, raw, "aka", diagnostics);
            if (name is null) continue;
            var quality = string.Equals(aka.Category, "weak", StringComparison.OrdinalIgnoreCase) ? NameQuality.Weak : NameQuality.Strong;
            OfacMapping.AddName(names, new EntityName(name, quality, OfacMapping.AliasKind(aka.Type)));
        }

        var birthDates = new List<PartialDate>();
        foreach (var text in record.DatesOfBirth) OfacMapping.AddBirthDates(birthDates, text, raw, "dateOfBirth", diagnostics);

        var countries = new List<string>();
        foreach (var country in record.Nationalities.Concat(record.Citizenships)) OfacMapping.AddCountry(countries, country);
        foreach (var address in record.Addresses) OfacMapping.AddCountry(countries, address.Country);
        OfacMapping.AddCountry(countries, record.Vessel?.VesselFlag);

        var identifiers = new List<EntityIdentifier>();
        var listingDates = new List<string>();
        foreach (var id in record.Ids)
        {
            if (id.Type is null || id.Number is null) continue;
            if (!OfacIdentifierLabels.IsInformation(id.Type))
            {
                var value = OfacMapping.Limit(id.Number, OfacMapping.MaxValueLength, raw, "idNumber", diagnostics)!;
                if (OfacRemarks.Split(id.Type.Trim(), value) is { } identifier)
                    identifiers.Add(identifier with { Country = Countries.ToCode(id.Country) ?? identifier.Country });
            }
            else if (id.Type.StartsWith("Nationality of Registration", StringComparison.OrdinalIgnoreCase))
            {
                OfacMapping.AddCountry(countries, id.Number);
            }
            else if (id.Type.StartsWith("Listing Date", StringComparison.OrdinalIgnoreCase))
            {
                listingDates.Add(id.Number);
            }
        }
        if (record.Vessel?.CallSign is { } callSign) identifiers.Add(new EntityIdentifier("Call Sign", callSign));

        var addresses = new List<string>();
        foreach (var a in record.Addresses)
        {
            var parts = new[] { a.Address1, a.Address2, a.Address3, a.City, a.StateOrProvince, a.PostalCode, a.Country }.Where(p => p is not null);
            var line = OfacMapping.Limit(string.Join(", ", parts), OfacMapping.MaxValueLength, raw, "address", diagnostics)!;
            if (line.Length > 0 && !addresses.Contains(line, StringComparer.Ordinal)) addresses.Add(line);
        }

        return new SanctionEntity
        {
            Source = source.Id,
            SourceId = record.Uid!,
            Schema = OfacMapping.Schema(record.SdnType, raw, diagnostics),
            Names = names,
            BirthDates = birthDates,
            Countries = countries,
            Identifiers = identifiers.Distinct().ToList(),
            Programs = record.Programs.Distinct(StringComparer.Ordinal).ToList(),
            Authorities = [source.Authority],
            ListedOn = OfacMapping.EarliestListing(listingDates, raw, diagnostics),
            Remarks = OfacMapping.Limit(record.Remarks, OfacMapping.MaxRemarksLength, raw, "remarks", diagnostics),
            Addresses = addresses,
            Raw = raw,
        };
    }

    // The CSV writes "LAST, First"; entities have only a last name.
    private static string? FullName(string? first, string? last) =>
        (first, last) switch
        {
            (null, null) => null,
            (null, { } l) => l,
            ({ } f, null) => f,
            ({ } f, { } l) => $"{l}, {f}",
        };
}
