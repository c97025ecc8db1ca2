using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Uk;

/// <summary>
/// Turns ConList rows into entities: one <see cref="SanctionEntity"/> per Group ID (SourceId = the Group ID), in the order groups first
/// appear. Names are kept as published: a person's name is Name 1..5 then Name 6 ("Min Aung HLAING"), an entity's or ship's is Name 6.
/// The primary name comes first; "Primary name variation" rows become kind "variation", AKA/FKA become "aka"/"fka", Low quality
/// aliases are <see cref="NameQuality.Weak"/>, and non-Latin script names are kind "non-latin". A row that cannot be used is a
/// diagnostic, and mapping goes on.
/// </summary>
/// <remarks>
/// Identifiers: passport and national identification numbers (a numbered "(1) .. (2) .." cell gives one identifier per number);
/// their details go into the identifier's Type ("Passport (Issued in Tripoli ...)") unless they name only a country, which becomes
/// the identifier's Country. The IMO number of a ship and the UK Sanctions List references ("GHR0046") are taken from Other
/// Information. In the 2016 layout, which has no number columns, the details text is the value.
/// </remarks>
public static partial class UkOfsiMapper
{
    /// <summary>Longest name kept, in characters; longer names are cut with a warning.</summary>
    public const int MaxNameChars = 4096;

    /// <summary>Longest remarks (Other Information) kept, in characters; longer text is cut with a warning.</summary>
    public const int MaxRemarksChars = 65536;

    /// <summary>Longest other field (identifier, address, regime, country) kept, in characters.</summary>
    public const int MaxFieldChars = 4096;

    /// <summary>Maps the rows of <paramref name="file"/> to entities.</summary>
    /// <param name="file">What a reader read.</param>
    /// <param name="fileName">The file name, used in <see cref="RawRecordRef"/> and diagnostics.</param>
    /// <param name="format">The format the rows were read from (<see cref="ListFormat.UkOfsiCsv"/> or <see cref="ListFormat.UkOfsiXlsx"/>).</param>
    /// <param name="cancellationToken">Checked between groups.</param>
    /// <returns>Entities of source <see cref="ListSources.UkOfsi"/>, the reader's and the mapper's diagnostics, and the "Last Updated"
    /// date as <see cref="ListReadResult.Published"/> (null, with a warning, when it is not a dd/mm/yyyy date).</returns>
    public static ListReadResult Map(UkOfsiFile file, string fileName, ListFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var sink = new DiagnosticSink(fileName, [.. file.Diagnostics]);

        DateOnly? published = null;
        if (TryParseDay(file.LastUpdatedText, out var day)) published = day;
        else sink.Warn(file.LastUpdatedLocation, "Last Updated", $"{Quote(file.LastUpdatedText)} is not a dd/mm/yyyy date; the publication date is unknown.");

        var groups = new Dictionary<string, List<UkOfsiRecord>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in file.Records)
        {
            var id = record.GroupId.Trim();
            if (id.Length == 0)
            {
                sink.Error(record.Location, "Group ID", "The row has no Group ID, so it belongs to no target; it was skipped.");
                continue;
            }

            if (!groups.TryGetValue(id, out var rows))
            {
                groups[id] = rows = [];
                order.Add(id);
            }

            rows.Add(record);
        }

        var entities = new List<SanctionEntity>(order.Count);
        foreach (var id in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (MapGroup(id, groups[id], sink) is { } entity) entities.Add(entity);
        }

        return new ListReadResult
        {
            Source = ListSources.UkOfsi.Id,
            Format = format,
            Entities = entities,
            Diagnostics = sink.Diagnostics,
            Published = published,
        };
    }

    private static SanctionEntity? MapGroup(string groupId, List<UkOfsiRecord> rows, DiagnosticSink sink)
    {
        var primary = rows.Find(r => KindOf(r.AliasType) == "primary");
        if (primary is null)
        {
            primary = rows[0];
            sink.Warn(primary.Location, "Alias Type", $"Group {groupId} has no primary name; its first name is used as the primary.");
        }

        var schema = SchemaOf(primary, sink);
        var names = Names(primary, rows, schema, sink);
        if (names.Count == 0)
        {
            sink.Error(primary.Location, "Name 6", $"Group {groupId} has no name in any row; it was skipped.");
            return null;
        }

        return new SanctionEntity
        {
            Source = ListSources.UkOfsi.Id,
            SourceId = groupId,
            Schema = schema,
            Names = names,
            BirthDates = BirthDates(rows, sink),
            Countries = CountriesOf(rows, sink),
            Identifiers = Identifiers(rows, sink),
            Programs = [.. Distinct(rows, r => r.Regime).Select(c => sink.Cap(c.Text, MaxFieldChars, c.Row.Location, "Regime"))],
            Authorities = [ListSources.UkOfsi.Authority],
            ListedOn = ListedOn(rows, sink),
            Remarks = Remarks(rows, sink),
            Addresses = Addresses(rows, sink),
            Raw = new RawRecordRef(sink.File, primary.Location),
        };
    }

    private static List<EntityName> Names(UkOfsiRecord primary, List<UkOfsiRecord> rows, EntitySchema schema, DiagnosticSink sink)
    {
        var names = new List<EntityName>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(r => !ReferenceEquals(r, primary)).Prepend(primary))
        {
            var value = sink.Cap(ComposeName(row, schema), MaxNameChars, row.Location, "Name 6");
            if (value.Length == 0)
            {
                sink.Warn(row.Location, "Name 6", "The row has no name; its other cells still count for the target.");
                continue;
            }

            if (seen.Add(value)) names.Add(new EntityName(value, QualityOf(row.AliasQuality), KindOf(row.AliasType)));
        }

        foreach (var (text, row) in Distinct(rows, r => r.NonLatinName))
        {
            var value = sink.Cap(text, MaxNameChars, row.Location, "Name Non-Latin Script");
            if (seen.Add(value)) names.Add(new EntityName(value, NameQuality.Strong, "non-latin"));
        }

        return names;
    }

    /// <summary>A person's given names then surname ("Min Aung HLAING"); an entity's or ship's Name 6.</summary>
    private static string ComposeName(UkOfsiRecord row, EntitySchema schema)
    {
        var surname = row.Name6.Trim();
        if (schema != EntitySchema.Person && surname.Length > 0) return surname;
        var parts = row.GivenNames.Select(g => g.Trim()).Where(g => g.Length > 0).ToList();
        if (surname.Length > 0) parts.Add(surname);
        return string.Join(' ', parts);
    }

    private static List<PartialDate> BirthDates(List<UkOfsiRecord> rows, DiagnosticSink sink)
    {
        var dates = new List<PartialDate>();
        foreach (var (text, row) in Distinct(rows, r => r.Dob))
        {
            foreach (var item in SplitNumbered(text))
            {
                if (!TryParseDob(item, out var date))
                {
                    sink.Warn(row.Location, "DOB", $"{Quote(item)} is not a date (dd/mm/yyyy, mm/yyyy or yyyy, 00 for unknown parts); it was left out.");
                }
                else if (!dates.Contains(date))
                {
                    dates.Add(date);
                }
            }
        }

        return dates;
    }

    private static List<string> CountriesOf(List<UkOfsiRecord> rows, DiagnosticSink sink)
    {
        var codes = new List<string>();
        foreach (var (text, row) in Distinct(rows, r => r.Nationality).Concat(Distinct(rows, r => r.Country)))
        {
            foreach (var item in SplitNumbered(text))
            {
                var code = Countries.Normalize(sink.Cap(item, MaxFieldChars, row.Location, "Nationality/Country"));
                if (!codes.Contains(code, StringComparer.Ordinal)) codes.Add(code);
            }
        }

        return codes;
    }

    private static DateOnly? ListedOn(List<UkOfsiRecord> rows, DiagnosticSink sink)
    {
        DateOnly? first = null;
        foreach (var (text, row) in Distinct(rows, r => r.ListedOn))
        {
            if (!TryParseDay(text, out var day))
            {
                sink.Warn(row.Location, "Listed On", $"{Quote(text)} is not a dd/mm/yyyy date; it was left out.");
            }
            else if (first is null || day < first)
            {
                // A target listed under several regimes has one Listed On per regime: the earliest is when it was first listed.
                first = day;
            }
        }

        return first;
    }

    private static string? Remarks(List<UkOfsiRecord> rows, DiagnosticSink sink)
    {
        var texts = Distinct(rows, r => r.OtherInformation).ToList();
        if (texts.Count == 0) return null;
        return sink.Cap(string.Join('\n', texts.Select(t => t.Text)), MaxRemarksChars, texts[0].Row.Location, "Other Information");
    }

    private static List<string> Addresses(List<UkOfsiRecord> rows, DiagnosticSink sink)
    {
        var addresses = new List<string>();
        foreach (var row in rows)
        {
            // A Country cell alone is no address: it is already among the entity's countries.
            if (row.AddressLines.All(string.IsNullOrWhiteSpace) && string.IsNullOrWhiteSpace(row.PostCode)) continue;
            var parts = row.AddressLines.Append(row.PostCode).Append(row.Country).Select(p => p.Trim()).Where(p => p.Length > 0);
            var line = sink.Cap(string.Join(", ", parts), MaxFieldChars, row.Location, "Address");
            if (line.Length > 0 && !addresses.Contains(line, StringComparer.Ordinal)) addresses.Add(line);
        }

        return addresses;
    }

    private static EntitySchema SchemaOf(UkOfsiRecord primary, DiagnosticSink sink)
    {
        switch (primary.GroupType.Trim().ToLowerInvariant())
        {
            case "individual": return EntitySchema.Person;
            case "entity": return EntitySchema.Organization;
            case "ship": return EntitySchema.Vessel;
            default:
                sink.Warn(primary.Location, "Group Type", $"{Quote(primary.GroupType)} is not Individual, Entity or Ship; the kind is unknown.");
                return EntitySchema.Unknown;
        }
    }

    private static string KindOf(string aliasType) => aliasType.Trim().ToLowerInvariant() switch
    {
        "primary name" or "prime alias" or "primary" => "primary",
        "primary name variation" => "variation",
        "" => "aka",
        var other => other,
    };

    private static NameQuality QualityOf(string aliasQuality) =>
        aliasQuality.Contains("low", StringComparison.OrdinalIgnoreCase) ? NameQuality.Weak : NameQuality.Strong;

    /// <summary>The distinct non-empty trimmed values of one column across a group's rows, each with the first row that has it.</summary>
    private static IEnumerable<(string Text, UkOfsiRecord Row)> Distinct(List<UkOfsiRecord> rows, Func<UkOfsiRecord, string> cell)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var text = cell(row).Trim();
            if (text.Length > 0 && seen.Add(text)) yield return (text, row);
        }
    }
}
