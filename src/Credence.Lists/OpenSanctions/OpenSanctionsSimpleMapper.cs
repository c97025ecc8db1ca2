using System.Globalization;
using System.Text;
using Credence.Core.Entities;

namespace Credence.Lists.OpenSanctions;

/// <summary>
/// Turns targets.simple.csv rows into screening entities. Multi-valued cells (aliases, birth dates, countries, addresses,
/// identifiers, sanctions, programme ids) hold a ";"-separated row in which a value containing ";" or a quote is quoted, as
/// OpenSanctions writes them. Programmes come from program_ids; authorities from the issuer prefix of each programme id ("US-",
/// "EU-", "GB-", ...) and from authority names in the programme part of each sanction text ("programme - reason - status - start -
/// end"). The sanction texts become the remarks. The export states no listing dates, so <see cref="SanctionEntity.ListedOn"/> stays
/// null.
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
        var sanctions = Split(record.Sanctions);
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
            Authorities = sanctions.SelectMany(AuthoritiesOfSanction)
                .Concat(programs.Select(SanctionAuthorities.FromProgramId).OfType<string>())
                .Distinct(StringComparer.Ordinal).ToList(),
            Remarks = sanctions.Count > 0 ? string.Join("\n", sanctions) : null,
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

    private const int MaxProgrammeLength = 160;

    /// <summary>
    /// Authority names in the programme part of one sanction text (before the first " - "). A programme is a short title; when a
    /// sanction has no programme its text starts with the reason, and a reason that mentions "the Council of the European Union"
    /// is not an EU listing, so a long first part is not searched.
    /// </summary>
    private static IEnumerable<string> AuthoritiesOfSanction(string sanction)
    {
        var dash = sanction.IndexOf(" - ", StringComparison.Ordinal);
        var programme = dash >= 0 ? sanction[..dash] : sanction;
        return programme.Length <= MaxProgrammeLength ? SanctionAuthorities.FromText(programme) : [];
    }

    /// <summary>The values of a multi-valued cell: a ";"-separated row where a value holding ";" or a quote is quoted, inner quotes
    /// doubled. Empty values are dropped; a repeated value is kept once.</summary>
    private static List<string> Split(string cell)
    {
        var values = new List<string>();
        var value = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < cell.Length; i++)
        {
            var ch = cell[i];
            if (quoted)
            {
                if (ch != '"') value.Append(ch);
                else if (i + 1 < cell.Length && cell[i + 1] == '"') value.Append(cell[++i]);
                else quoted = false;
            }
            else if (ch == '"' && value.Length == 0) quoted = true;
            else if (ch == ';') Flush();
            else value.Append(ch);
        }
        Flush();
        return values;

        void Flush()
        {
            var text = value.ToString().Trim();
            value.Clear();
            if (text.Length > 0 && !values.Contains(text, StringComparer.Ordinal)) values.Add(text);
        }
    }

    private static string LineOf(OpenSanctionsSimpleRecord record) => string.Create(CultureInfo.InvariantCulture, $"line {record.Line}");
}
