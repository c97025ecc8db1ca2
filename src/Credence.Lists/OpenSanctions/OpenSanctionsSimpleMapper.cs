using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Turns targets.simple.csv rows into screening entities: ";"-separated aliases, birth dates, countries, addresses and identifiers;
/// programmes from program_ids; authorities from the authority names in the sanctions cell and the issuer prefix of each programme
/// id ("US-", "EU-", "GB-", ...). The export states no listing dates, so <see cref="SanctionEntity.ListedOn"/> stays null.
/// </summary>
public static class OpenSanctionsSimpleMapper
{
    /// <summary>Maps rows read once, in order. A row without id or name is an error and skipped; an id seen before replaces the
    /// earlier row, with a warning.</summary>
    public static IReadOnlyList<SanctionEntity> Map(IEnumerable<OpenSanctionsSimpleRecord> records, string sourceId, string fileName,
        ICollection<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var entities = new List<SanctionEntity>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var entity = MapRecord(record, sourceId, fileName, diagnostics);
            if (entity is null) continue;
            if (positions.TryGetValue(entity.SourceId, out var at))
            {
                diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), "id",
                    $"The id {entity.SourceId} appears again (first on {entities[at].Raw.Location}); this later row is used."));
                entities[at] = entity;
            }
            else
            {
                positions[entity.SourceId] = entities.Count;
                entities.Add(entity);
            }
        }
        return entities;
    }

    private static SanctionEntity? MapRecord(OpenSanctionsSimpleRecord record, string sourceId, string fileName,
        ICollection<ParseDiagnostic> diagnostics)
    {
        var id = record.Id.Trim();
        var name = record.Name.Trim();
        if (id.Length == 0 || name.Length == 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), id.Length == 0 ? "id" : "name",
                $"The row has no {(id.Length == 0 ? "id" : "name")}; it was skipped.", DiagnosticSeverity.Error));
            return null;
        }
        var schema = FtmSchemas.ToEntitySchema(record.Schema.Trim());
        if (schema is null)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), "schema",
                $"Unknown schema \"{record.Schema}\"; the entity is screened as either a person or an organisation."));
        }
        var programs = Split(record.ProgramIds);
        return new SanctionEntity
        {
            Source = sourceId,
            SourceId = id,
            Schema = schema ?? EntitySchema.Unknown,
            Names = MapNames(record, name, fileName, diagnostics),
            BirthDates = MapBirthDates(record, fileName, diagnostics),
            Countries = Split(record.Countries).Select(Countries.Normalize).Distinct(StringComparer.Ordinal).ToList(),
            Identifiers = Split(record.Identifiers).Select(ToIdentifier).Distinct().ToList(),
            Programs = programs,
            Authorities = SanctionAuthorities.FromText(record.Sanctions)
                .Concat(programs.Select(SanctionAuthorities.FromProgramId).OfType<string>())
                .Distinct(StringComparer.Ordinal).ToList(),
            Remarks = Unquote(record.Sanctions),
            Addresses = Split(record.Addresses),
            Raw = new RawRecordRef(fileName, LineOf(record)),
        };
    }

    private static List<EntityName> MapNames(OpenSanctionsSimpleRecord record, string primary, string fileName,
        ICollection<ParseDiagnostic> diagnostics)
    {
        var names = new List<EntityName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, kind) in Split(record.Aliases).Select(a => (a, "aka")).Prepend((primary, "primary")))
        {
            var text = value;
            if (!seen.Add(text)) continue;
            if (text.Length > FtmMapper.MaxNameLength)
            {
                diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), kind == "primary" ? "name" : "aliases",
                    string.Create(CultureInfo.InvariantCulture, $"A name of {text.Length:N0} characters was cut to {FtmMapper.MaxNameLength:N0}.")));
                text = text[..FtmMapper.MaxNameLength];
            }
            names.Add(new EntityName(text, NameQuality.Strong, kind));
        }
        return names;
    }

    private static List<PartialDate> MapBirthDates(OpenSanctionsSimpleRecord record, string fileName, ICollection<ParseDiagnostic> diagnostics)
    {
        var dates = new List<PartialDate>();
        foreach (var value in Split(record.BirthDate))
        {
            if (PartialDate.TryParseIso(value, out var date))
            {
                if (!dates.Contains(date)) dates.Add(date);
                continue;
            }
            diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), "birth_date",
                $"\"{(value.Length > 40 ? value[..40] + "..." : value)}\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD); it was ignored."));
        }
        return dates;
    }

    // OpenSanctions writes IMO numbers as "IMO" and seven digits; other identifiers carry no type in this export.
    private static EntityIdentifier ToIdentifier(string value) =>
        value.Length == 10 && value.StartsWith("IMO", StringComparison.OrdinalIgnoreCase) && value.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0
            ? new EntityIdentifier("IMO", value[3..])
            : new EntityIdentifier("Identifier", value);

    // Some datasets write an empty sanctions cell as a pair of quotes, or quote the whole text once more.
    private static string? Unquote(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length >= 2 && trimmed[0] == '"' && trimmed[^1] == '"') trimmed = trimmed[1..^1].Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }

    private static List<string> Split(string cell) =>
        cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    private static string LineOf(OpenSanctionsSimpleRecord record) => string.Create(CultureInfo.InvariantCulture, $"line {record.Line}");
}
