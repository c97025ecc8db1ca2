using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// Turns legacy <see cref="EuFsfLegacyXmlRecord"/>s into <see cref="SanctionEntity"/>s of source "eu-fsf" (SourceId = ENTITY@Id).
/// The first NAME is primary, later ones are strong "aka" names (the legacy format marks no weak aliases); repeated names are kept
/// once. A value that cannot be read becomes a warning naming the element and field, and the rest of the record is kept.
/// </summary>
/// <param name="fileName">The file name put in <see cref="RawRecordRef"/> and diagnostics.</param>
public sealed partial class EuFsfLegacyXmlMapper(string fileName)
{
    /// <summary>Maps one record, adding any problems to <paramref name="diagnostics"/>. Null when the record was skipped (no Id or no name).</summary>
    public SanctionEntity? Map(EuFsfLegacyXmlRecord record, ICollection<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var id = record.Id?.Trim();
        var label = $"ENTITY Id={(string.IsNullOrEmpty(id) ? "?" : id)}";
        var here = string.Create(CultureInfo.InvariantCulture, $"{label} (line {record.Line})");
        if (string.IsNullOrEmpty(id))
        {
            diagnostics.Add(new ParseDiagnostic(fileName, here, "Id", "ENTITY has no Id, so it cannot be identified; skipped.", DiagnosticSeverity.Error));
            return null;
        }

        var read = new List<(string, NameQuality)>();
        foreach (var n in record.Names)
        {
            var value = EuNames.Compose(n.WholeName, n.FirstName, n.MiddleName, n.LastName);
            if (value is null)
            {
                diagnostics.Add(new ParseDiagnostic(fileName, At(label, "NAME", n.Line), "WHOLENAME", "NAME has no WHOLENAME, FIRSTNAME or LASTNAME; skipped."));
                continue;
            }
            value = EuFieldLimits.Cap(value, EuFieldLimits.Name, fileName, At(label, "NAME", n.Line), "WHOLENAME", diagnostics)!;
            read.Add((value, NameQuality.Strong));
        }
        var names = EuNames.Build(read);
        if (names.Count == 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, here, "NAME", "no usable name; skipped.", DiagnosticSeverity.Error));
            return null;
        }

        var countries = EuCountries.Distinct(
            record.Citizens.Select(c => EuCountries.FromText(c.Country)).Concat(record.Addresses.Select(a => EuCountries.FromText(a.Country))));

        return new SanctionEntity
        {
            Source = ListSources.EuFsf.Id,
            SourceId = id,
            Schema = MapSchema(record.Type, here, diagnostics),
            Names = names,
            BirthDates = MapBirthDates(record, label, diagnostics),
            Countries = countries,
            Identifiers = MapPassports(record, label, diagnostics),
            Programs = string.IsNullOrWhiteSpace(record.Programme) ? [] : [record.Programme.Trim()],
            Authorities = [ListSources.EuFsf.Authority],
            ListedOn = MapListedOn(record.RegDate, here, diagnostics),
            Remarks = string.IsNullOrWhiteSpace(record.Remark) ? null : record.Remark.Trim(),
            Addresses = record.Addresses
                .Select(a => EuNames.JoinAddress(EuNames.Compose(null, a.Number, a.Street), EuNames.Compose(null, a.ZipCode, a.City), a.Other, a.Country))
                .Where(a => a is not null).Select(a => a!).Distinct(StringComparer.Ordinal).ToArray(),
            Raw = new RawRecordRef(fileName, label),
        };
    }

    private static string At(string label, string element, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}/{element} (line {line})");

    private EntitySchema MapSchema(string? type, string here, ICollection<ParseDiagnostic> diagnostics)
    {
        switch (type?.Trim())
        {
            case "P": return EntitySchema.Person;
            case "E": return EntitySchema.Organization;
            default:
                diagnostics.Add(new ParseDiagnostic(fileName, here, "Type", $"Type '{type}' is neither P nor E; matched as either."));
                return EntitySchema.Unknown;
        }
    }

    private PartialDate[] MapBirthDates(EuFsfLegacyXmlRecord record, string label, ICollection<ParseDiagnostic> diagnostics)
    {
        var dates = new List<PartialDate>();
        foreach (var b in record.Births)
        {
            if (string.IsNullOrWhiteSpace(b.Date)) continue;
            var at = At(label, "BIRTH", b.Line);
            if (!EuDates.TryParseLegacyBirth(b.Date, out var parsed, out var shortened))
            {
                diagnostics.Add(new ParseDiagnostic(fileName, at, "DATE", $"'{b.Date}' is not a birth date this reader knows; not kept."));
                continue;
            }
            if (shortened)
                diagnostics.Add(new ParseDiagnostic(fileName, at, "DATE",
                    $"'{b.Date}' spans more than {EuDates.MaxSpanYears} years; kept its first and last year only."));
            dates.AddRange(parsed);
        }
        return dates.Distinct().ToArray();
    }

    /// <summary>
    /// The legacy NUMBER packs the number, the document type and remarks together: "AD001095 (passport-National passport) ((passport))".
    /// The number and the type's label are taken apart; text that does not follow that shape is kept whole as a "Passport".
    /// </summary>
    private EntityIdentifier[] MapPassports(EuFsfLegacyXmlRecord record, string label, ICollection<ParseDiagnostic> diagnostics)
    {
        var identifiers = new List<EntityIdentifier>();
        foreach (var p in record.Passports)
        {
            var text = p.Number?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                diagnostics.Add(new ParseDiagnostic(fileName, At(label, "PASSPORT", p.Line), "NUMBER", "PASSPORT has no NUMBER; skipped."));
                continue;
            }
            var country = EuCountries.FromText(p.Country);
            country = country is not null && Countries.IsCode(country) ? country : null;
            var match = PassportNumber().Match(text);
            var identifier = match.Success && match.Groups["number"].Value.Trim().Length > 0
                ? new EntityIdentifier(match.Groups["label"].Value.Trim(), match.Groups["number"].Value.Trim(), country)
                : new EntityIdentifier("Passport", text, country);
            identifiers.Add(identifier);
        }
        return identifiers.Distinct().ToArray();
    }

    private DateOnly? MapListedOn(string? regDate, string here, ICollection<ParseDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(regDate)) return null;
        if (EuDates.TryParseDay(regDate, out var day)) return day;
        diagnostics.Add(new ParseDiagnostic(fileName, here, "reg_date", $"'{regDate}' is not a date (yyyy-MM-dd); not kept."));
        return null;
    }

    [GeneratedRegex(@"^(?<number>[^()]*?)\s*\((?<code>[a-z]+)-(?<label>[^)]+)\)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        matchTimeoutMilliseconds: 1_000)]
    private static partial Regex PassportNumber();
}
