using System.Globalization;
using Credence.Core.Entities;

namespace Credence.Lists.Custom;

/// <summary>
/// Turns custom watchlist rows into screening entities. A row without a name is an error and skipped; a bad date, schema or country is
/// a warning naming line and column, and the rest of the row is kept. The id defaults to the row's line number.
/// </summary>
public static class CustomCsvMapper
{
    /// <summary>Longest name kept, in characters (4,096); a longer one is cut with a warning.</summary>
    public const int MaxNameLength = 4096;

    /// <summary>Maps rows read once, in order. A repeated id is an error and the later row is skipped.</summary>
    public static IReadOnlyList<SanctionEntity> Map(IEnumerable<CustomCsvRecord> records, string sourceId, string fileName,
        ICollection<ParseDiagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var entities = new List<SanctionEntity>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            var entity = MapRecord(record, sourceId, fileName, diagnostics);
            if (entity is null) continue;
            if (!ids.TryAdd(entity.SourceId, record.Line))
            {
                diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), "id", string.Create(CultureInfo.InvariantCulture,
                    $"The id \"{entity.SourceId}\" is already used on line {ids[entity.SourceId]}; this row was skipped."), DiagnosticSeverity.Error));
                continue;
            }
            entities.Add(entity);
        }
        return entities;
    }

    private static SanctionEntity? MapRecord(CustomCsvRecord record, string sourceId, string fileName, ICollection<ParseDiagnostic> diagnostics)
    {
        void Warn(string field, string message) => diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), field, message));

        var name = record.Name.Trim();
        if (name.Length == 0)
        {
            diagnostics.Add(new ParseDiagnostic(fileName, LineOf(record), "name", "The row has no name; it was skipped.", DiagnosticSeverity.Error));
            return null;
        }
        if (name.Contains('\n', StringComparison.Ordinal))
        {
            Warn("name", "The name spans lines; check for a quote that is not closed.");
        }
        var names = new List<EntityName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, kind) in Split(record.Aliases).Select(a => (a, "aka")).Prepend((name, "primary")))
        {
            var text = value;
            if (!seen.Add(text)) continue;
            if (text.Length > MaxNameLength)
            {
                Warn(kind == "primary" ? "name" : "aliases",
                    string.Create(CultureInfo.InvariantCulture, $"A name of {text.Length:N0} characters was cut to {MaxNameLength:N0}."));
                text = text[..MaxNameLength];
            }
            names.Add(new EntityName(text, NameQuality.Strong, kind));
        }

        var birthDates = new List<PartialDate>();
        foreach (var value in Split(record.Dob))
        {
            if (PartialDate.TryParseIso(value, out var date)) birthDates.Add(date);
            else Warn("dob", $"\"{Shorten(value)}\" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD; it was ignored.");
        }

        var countries = new List<string>();
        foreach (var value in Split(record.Country))
        {
            var code = Countries.ToCode(value);
            if (code is null) Warn("country", $"\"{Shorten(value)}\" is not a country Credence knows; it was kept as written.");
            countries.Add(code ?? value);
        }

        var schema = ParseSchema(record.Schema);
        if (schema is null)
        {
            Warn("schema", $"\"{Shorten(record.Schema)}\" is not a schema (person, organization, vessel, aircraft); the entity is screened as either.");
        }

        var id = record.Id.Trim();
        return new SanctionEntity
        {
            Source = sourceId,
            SourceId = id.Length > 0 ? id : record.Line.ToString(CultureInfo.InvariantCulture),
            Schema = schema ?? EntitySchema.Unknown,
            Names = names,
            BirthDates = birthDates.Distinct().ToList(),
            Countries = countries.Distinct(StringComparer.Ordinal).ToList(),
            Identifiers = Split(record.Identifier).Select(ToIdentifier).Distinct().ToList(),
            Remarks = record.Notes.Trim() is { Length: > 0 } notes ? notes : null,
            Raw = new RawRecordRef(fileName, LineOf(record)),
        };
    }

    /// <summary>The schema named in a cell: empty is Unknown; null when the text is not a schema.</summary>
    private static EntitySchema? ParseSchema(string cell) => cell.Trim().ToLowerInvariant() switch
    {
        "" => EntitySchema.Unknown,
        "person" or "individual" => EntitySchema.Person,
        "organization" or "organisation" or "company" or "entity" or "legalentity" or "publicbody" => EntitySchema.Organization,
        "vessel" or "ship" => EntitySchema.Vessel,
        "aircraft" or "airplane" => EntitySchema.Aircraft,
        _ => null,
    };

    // "Passport: MA123456" states the type; a bare number is an "Identifier".
    private static EntityIdentifier ToIdentifier(string value)
    {
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < value.Length - 1)
        {
            var type = value[..colon].Trim();
            var number = value[(colon + 1)..].Trim();
            if (type.Length > 0 && number.Length > 0) return new EntityIdentifier(type, number);
        }
        return new EntityIdentifier("Identifier", value);
    }

    private static List<string> Split(string cell) =>
        cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "...";

    private static string LineOf(CustomCsvRecord record) => string.Create(CultureInfo.InvariantCulture, $"line {record.Line}");
}
