using System.Globalization;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Eu;

/// <summary>
/// Turns current-format <see cref="EuFsfXmlRecord"/>s into <see cref="SanctionEntity"/>s of source "eu-fsf". Names stay as
/// published, the first strong alias first; strong="false" aliases are kept as weak. A value that cannot be read becomes a
/// warning naming the element and field, and the rest of the record is kept; a record with no name or no id is skipped with an error.
/// </summary>
/// <param name="fileName">The file name put in <see cref="RawRecordRef"/> and diagnostics.</param>
public sealed class EuFsfXmlMapper(string fileName)
{
    /// <summary>Maps one record, adding any problems to <paramref name="diagnostics"/>. Null when the record was skipped.</summary>
    public SanctionEntity? Map(EuFsfXmlRecord record, ICollection<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var label = Label(record);
        var here = string.Create(CultureInfo.InvariantCulture, $"{label} (line {record.Line})");
        string sourceId;
        if (!string.IsNullOrWhiteSpace(record.LogicalId))
        {
            sourceId = record.LogicalId.Trim();
        }
        else if (!string.IsNullOrWhiteSpace(record.EuReferenceNumber))
        {
            sourceId = record.EuReferenceNumber.Trim();
            diagnostics.Add(new ParseDiagnostic(fileName, here, "logicalId", "no logicalId; the EU reference number is used as the id."));
        }
        else
        {
            diagnostics.Add(new ParseDiagnostic(fileName, here, "logicalId",
                "no logicalId and no euReferenceNumber, so the entity cannot be identified; skipped.", DiagnosticSeverity.Error));
            return null;
        }

        var names = MapNames(record, label, diagnostics);
        if (names.Count == 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, here, "nameAlias", "no usable name; skipped.", DiagnosticSeverity.Error));
            return null;
        }

        var countries = EuCountries.Distinct(record.Citizenships.Select(c => EuCountries.FromCodeOrDescription(c.CountryIso2Code, c.CountryDescription))
            .Concat(record.Addresses.Select(a => EuCountries.FromCodeOrDescription(a.CountryIso2Code, a.CountryDescription))));

        return new SanctionEntity
        {
            Source = ListSources.EuFsf.Id,
            SourceId = sourceId,
            Schema = MapSchema(record, here, diagnostics),
            Names = names,
            BirthDates = MapBirthDates(record, label, diagnostics),
            Countries = countries,
            Identifiers = MapIdentifiers(record, label, diagnostics),
            Programs = record.Regulations.Select(r => r.Programme?.Trim()).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!)
                .Distinct(StringComparer.Ordinal).ToArray(),
            Authorities = [ListSources.EuFsf.Authority],
            ListedOn = MapListedOn(record, here, diagnostics),
            Remarks = record.Remarks.Count == 0 ? null : string.Join('\n', record.Remarks.Select(r => r.Trim())),
            Addresses = record.Addresses
                .Select(a => EuNames.JoinAddress(a.Street, a.PoBox, JoinZipCity(a.ZipCode, a.City), a.Region, a.Place, a.CountryDescription))
                .Where(a => a is not null).Select(a => a!).Distinct(StringComparer.Ordinal).ToArray(),
            Raw = new RawRecordRef(fileName, label),
        };
    }

    private static string Label(EuFsfXmlRecord record) => !string.IsNullOrWhiteSpace(record.LogicalId)
        ? $"sanctionEntity logicalId={record.LogicalId.Trim()}"
        : !string.IsNullOrWhiteSpace(record.EuReferenceNumber)
            ? $"sanctionEntity euReferenceNumber={record.EuReferenceNumber.Trim()}"
            : "sanctionEntity";

    private static string At(string label, string element, int line) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}/{element} (line {line})");

    private IReadOnlyList<EntityName> MapNames(EuFsfXmlRecord record, string label, ICollection<ParseDiagnostic> diagnostics)
    {
        var read = new List<(string Value, bool Weak)>();
        foreach (var alias in record.NameAliases)
        {
            var at = At(label, "nameAlias", alias.Line);
            var value = EuNames.Compose(alias.WholeName, alias.FirstName, alias.MiddleName, alias.LastName);
            if (value is null)
            {
                diagnostics.Add(new ParseDiagnostic(fileName, at, "wholeName", "the alias has no wholeName, firstName or lastName; skipped."));
                continue;
            }
            value = EuFieldLimits.Cap(value, EuFieldLimits.Name, fileName, at, "wholeName", diagnostics)!;
            var strong = alias.Strong?.Trim();
            var weak = string.Equals(strong, "false", StringComparison.OrdinalIgnoreCase);
            if (!weak && !string.IsNullOrEmpty(strong) && !string.Equals(strong, "true", StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(new ParseDiagnostic(fileName, at, "strong", $"'{strong}' is neither true nor false; the alias is taken as strong."));
            read.Add((value, weak));
        }

        if (read.Count == 0) return [];
        // The EU lists the primary name first; when the first names are weak spellings, the first strong one leads instead.
        var primary = read.FindIndex(n => !n.Weak);
        if (primary < 0) primary = 0;
        IEnumerable<(string Value, bool Weak)> ordered = [read[primary], .. read.Where((_, i) => i != primary)];
        return EuNames.Build(ordered.Select(n => (n.Value, n.Weak ? NameQuality.Weak : NameQuality.Strong)));
    }

    private EntitySchema MapSchema(EuFsfXmlRecord record, string here, ICollection<ParseDiagnostic> diagnostics)
    {
        var code = record.SubjectTypeCode?.Trim();
        var classification = record.SubjectClassificationCode?.Trim();
        if (string.Equals(code, "person", StringComparison.OrdinalIgnoreCase) || string.Equals(classification, "P", StringComparison.OrdinalIgnoreCase))
            return EntitySchema.Person;
        if (string.Equals(code, "enterprise", StringComparison.OrdinalIgnoreCase) || string.Equals(classification, "E", StringComparison.OrdinalIgnoreCase))
            return EntitySchema.Organization;
        diagnostics.Add(new ParseDiagnostic(fileName, here, "subjectType",
            $"subject type '{code ?? classification ?? "(none)"}' is neither person nor enterprise; matched as either."));
        return EntitySchema.Unknown;
    }

    private PartialDate[] MapBirthDates(EuFsfXmlRecord record, string label, ICollection<ParseDiagnostic> diagnostics)
    {
        var dates = new List<PartialDate>();
        foreach (var b in record.Birthdates)
        {
            var at = At(label, "birthdate", b.Line);
            var circa = string.Equals(b.Circa?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
            if (!string.IsNullOrWhiteSpace(b.Birthdate))
            {
                if (PartialDate.TryParseIso(b.Birthdate, out var date)) dates.Add(circa ? new PartialDate(date.Year) : date);
                else diagnostics.Add(new ParseDiagnostic(fileName, at, "birthdate", $"'{b.Birthdate}' is not a date (yyyy-MM-dd); not kept."));
                continue;
            }
            if (!string.IsNullOrWhiteSpace(b.Year))
            {
                if (!EuDates.TryParseYear(b.Year, out var year))
                {
                    diagnostics.Add(new ParseDiagnostic(fileName, at, "year", $"'{b.Year}' is not a year; not kept."));
                    continue;
                }
                if (circa) { dates.Add(new PartialDate(year)); continue; }
                var month = ParseSmall(b.MonthOfYear);
                var day = ParseSmall(b.DayOfMonth);
                if (month.Bad || day.Bad || !EuDates.TryMake(year, month.Value, month.Value is null ? null : day.Value, out var parts))
                {
                    var badMonth = month.Bad || month.Value is not (>= 1 and <= 12);
                    diagnostics.Add(badMonth
                        ? new ParseDiagnostic(fileName, at, "monthOfYear", $"'{b.MonthOfYear}' is not a month; kept the year {year} only.")
                        : new ParseDiagnostic(fileName, at, "dayOfMonth",
                            $"'{b.DayOfMonth}' is not a day of month {month.Value} in {year}; kept the year only."));
                    parts = new PartialDate(year);
                }
                dates.Add(parts);
                continue;
            }
            if (!string.IsNullOrWhiteSpace(b.YearRangeFrom) || !string.IsNullOrWhiteSpace(b.YearRangeTo))
                AddSpan(dates, b, at, diagnostics);
        }
        return dates.Distinct().ToArray();
    }

    private void AddSpan(List<PartialDate> dates, EuFsfBirthdate b, string at, ICollection<ParseDiagnostic> diagnostics)
    {
        var hasFrom = EuDates.TryParseYear(b.YearRangeFrom, out var from);
        var hasTo = EuDates.TryParseYear(b.YearRangeTo, out var to);
        if (!hasFrom || !hasTo)
        {
            var field = hasFrom ? "yearRangeTo" : "yearRangeFrom";
            diagnostics.Add(new ParseDiagnostic(fileName, at, field,
                $"year span '{b.YearRangeFrom}'-'{b.YearRangeTo}' is open or unreadable at one end; not kept."));
            return;
        }
        if (!EuDates.TrySpan(from, to, out var years, out var shortened))
        {
            diagnostics.Add(new ParseDiagnostic(fileName, at, "yearRangeTo", $"year span {from}-{to} runs backwards; not kept."));
            return;
        }
        if (shortened)
            diagnostics.Add(new ParseDiagnostic(fileName, at, "yearRangeTo",
                $"year span {from}-{to} is longer than {EuDates.MaxSpanYears} years; kept its first and last year only."));
        dates.AddRange(years);
    }

    private EntityIdentifier[] MapIdentifiers(EuFsfXmlRecord record, string label, ICollection<ParseDiagnostic> diagnostics)
    {
        var identifiers = new List<EntityIdentifier>();
        foreach (var id in record.Identifications)
        {
            var value = !string.IsNullOrWhiteSpace(id.Number) ? id.Number.Trim() : id.LatinNumber?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                diagnostics.Add(new ParseDiagnostic(fileName, At(label, "identification", id.Line), "number", "identification has no number; skipped."));
                continue;
            }
            var type = FirstPresent(id.IdentificationTypeDescription, id.IdentificationTypeCode) ?? "Identification";
            var country = EuCountries.FromCodeOrDescription(id.CountryIso2Code, id.CountryDescription);
            identifiers.Add(new EntityIdentifier(type, value, country is not null && Countries.IsCode(country) ? country : null));
        }
        if (!string.IsNullOrWhiteSpace(record.EuReferenceNumber))
            identifiers.Add(new EntityIdentifier("EU reference number", record.EuReferenceNumber.Trim()));
        if (!string.IsNullOrWhiteSpace(record.UnitedNationId))
            identifiers.Add(new EntityIdentifier("UN reference number", record.UnitedNationId.Trim()));
        return identifiers.Distinct().ToArray();
    }

    private DateOnly? MapListedOn(EuFsfXmlRecord record, string here, ICollection<ParseDiagnostic> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(record.DesignationDate)) return null;
        if (EuDates.TryParseDay(record.DesignationDate, out var day)) return day;
        diagnostics.Add(new ParseDiagnostic(fileName, here, "designationDate", $"'{record.DesignationDate}' is not a date (yyyy-MM-dd); not kept."));
        return null;
    }

    private static string? JoinZipCity(string? zip, string? city) => EuNames.Compose(null, zip, city);

    private static string? FirstPresent(params string?[] values) =>
        values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    /// <summary>A 1..2 digit number, or null when blank; Bad when present but not a number.</summary>
    private static (int? Value, bool Bad) ParseSmall(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return (null, false);
        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (n, false) : (null, true);
    }
}
