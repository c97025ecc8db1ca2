using System.Globalization;
using System.Text.RegularExpressions;
using Credence.Core.Entities;
using Credence.Lists.Common;

namespace Credence.Lists.Canada;

/// <summary>
/// Turns SEMA records into entities, one per record.
/// <list type="bullet">
/// <item>SourceId is "{regulation}/{schedule}/{item}", e.g. "Myanmar (Burma)/Part 2/46", "Russia/Schedule 1, Part 1/12",
/// "JVCFOR/80": the English half of Country (its acronym when it ends in one, as JVCFOR does), the Schedule written out
/// ("1, Part 1" is "Schedule 1, Part 1", "Part 2" stays, "N/A" or none is left out) and the Item. These three identify a listing in
/// the regulations, so the id is stable across file versions as long as the regulation keeps its name (the 2020 file calls
/// Myanmar "Burma", so its ids start "Burma/").</item>
/// <item>Programs is that regulation name alone. Authorities is "ca". Countries stay empty: Country names the regulation, not a
/// nationality.</item>
/// <item>A person's name is GivenName then LastName ("Min Aung Hlaing"); an entity's or ship's is EntityOrShip. Aliases are split
/// by <see cref="CanadaSemaAliases"/> and have kind "aka", or "non-latin" when written in another script.</item>
/// <item>Birth dates are yyyy, yyyy-mm or yyyy-mm-dd, several joined by " or ", or a year range "1963-1964" (each year kept); a ship's build date and a person's title go to the
/// remarks. A ship's IMO number is an identifier of type "IMO".</item>
/// </list>
/// </summary>
public static partial class CanadaSemaMapper
{
    /// <summary>Longest name kept, in characters; longer names are cut with a warning.</summary>
    public const int MaxNameChars = 4096;

    /// <summary>Longest other field kept, in characters; longer values are cut with a warning.</summary>
    public const int MaxFieldChars = 4096;

    /// <summary>Widest birth-year range ("1963-1964") turned into one possible year each; wider ranges are reported instead.</summary>
    public const int MaxYearRange = 10;

    /// <summary>Maps the records of <paramref name="file"/> to entities.</summary>
    /// <param name="file">What <see cref="CanadaSemaReader"/> read.</param>
    /// <param name="fileName">The file name, used in <see cref="RawRecordRef"/> ("record N") and diagnostics.</param>
    /// <param name="cancellationToken">Checked between records.</param>
    /// <returns>Entities of source <see cref="ListSources.CaSema"/> with the reader's and the mapper's diagnostics. Published is null:
    /// the file states no date.</returns>
    public static ListReadResult Map(CanadaSemaFile file, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new List<ParseDiagnostic>(file.Diagnostics);
        var entities = new List<SanctionEntity>(file.Records.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in file.Records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sink = new RecordSink(fileName, record, diagnostics);
            if (MapRecord(record, sink) is not { } entity) continue;
            if (!ids.Add(entity.SourceId))
            {
                // Two listings with one regulation, schedule and item would collide in the index; keep both, told apart by position.
                sink.Warn("Item", $"Another record already has the id \"{entity.SourceId}\"; this one is \"{entity.SourceId} ({record.Location})\".");
                entity = CopyWithSourceId(entity, $"{entity.SourceId} ({record.Location})");
            }

            entities.Add(entity);
        }

        return new ListReadResult
        {
            Source = ListSources.CaSema.Id,
            Format = ListFormat.CanadaSemaXml,
            Entities = entities,
            Diagnostics = diagnostics,
        };
    }

    private static SanctionEntity? MapRecord(CanadaSemaRecord record, RecordSink sink)
    {
        var item = Clean(record.Item);
        if (item.Length == 0)
        {
            sink.Error("Item", "The record has no Item, so it has no stable id; it was skipped.");
            return null;
        }

        var isPerson = Clean(record.LastName).Length > 0 || Clean(record.GivenName).Length > 0;
        var primary = sink.Cap(isPerson ? string.Join(' ', new[] { Clean(record.GivenName), Clean(record.LastName) }.Where(p => p.Length > 0)) : Clean(record.EntityOrShip),
            MaxNameChars, isPerson ? "LastName" : "EntityOrShip");
        if (primary.Length == 0)
        {
            sink.Error("LastName", "The record has no name; it was skipped.");
            return null;
        }

        var imo = Clean(record.ShipImoNumber);
        var title = Clean(record.TitleOrShip);
        var schema = isPerson ? EntitySchema.Person
            : imo.Length > 0 || title.Length > 0 ? EntitySchema.Vessel
            : EntitySchema.Organization;

        var names = new List<EntityName> { new(primary) };
        foreach (var alias in CanadaSemaAliases.Split(record.Aliases))
        {
            var value = sink.Cap(alias, MaxNameChars, "Aliases");
            if (!names.Exists(n => string.Equals(n.Value, value, StringComparison.Ordinal)))
            {
                names.Add(new EntityName(value, NameQuality.Strong, IsNonLatin(value) ? "non-latin" : "aka"));
            }
        }

        var program = sink.Cap(Regulation(record.Country), MaxFieldChars, "Country");
        if (program.Length == 0) sink.Warn("Country", "The record names no regulation (Country); its id and programmes lack it.");

        var identifiers = new List<EntityIdentifier>();
        if (imo.Length > 0)
        {
            if (!ImoNumber().IsMatch(imo)) sink.Warn("ShipIMONumber", $"\"{Short(imo)}\" is not a 7-digit IMO number; it was kept as published.");
            identifiers.Add(new EntityIdentifier("IMO", sink.Cap(imo, MaxFieldChars, "ShipIMONumber")));
        }

        var dates = Clean(record.DateOfBirthOrShipBuildDate);
        var remarks = new List<string>();
        if (schema == EntitySchema.Vessel)
        {
            if (title.Length > 0) remarks.Add($"Ship type: {title}");
            if (dates.Length > 0) remarks.Add($"Built: {dates}");
        }
        else if (title.Length > 0)
        {
            remarks.Add($"Title: {title}");
        }

        return new SanctionEntity
        {
            Source = ListSources.CaSema.Id,
            SourceId = string.Join('/', new[] { program, Schedule(record.Schedule), item }.Where(p => p.Length > 0)),
            Schema = schema,
            Names = names,
            BirthDates = schema == EntitySchema.Vessel ? [] : BirthDates(dates, sink),
            Identifiers = identifiers,
            Programs = program.Length > 0 ? [program] : [],
            Authorities = [ListSources.CaSema.Authority],
            ListedOn = ListedOn(record.DateOfListing, sink),
            Remarks = remarks.Count > 0 ? sink.Cap(string.Join("; ", remarks), MaxFieldChars, "TitleOrShip") : null,
            Raw = new RawRecordRef(sink.File, record.Location),
        };
    }

    /// <summary>
    /// The regulation's English name from the bilingual Country cell: "Myanmar (Burma) / Myanmar (Birmanie)" is "Myanmar (Burma)";
    /// a name that ends in an acronym in parentheses is that acronym ("... Officials Regulations (JVCFOR) / ..." is "JVCFOR").
    /// </summary>
    internal static string Regulation(string country)
    {
        var english = Clean(country.Split('/')[0]);
        var acronym = TrailingAcronym().Match(english);
        return acronym.Success ? acronym.Groups[1].Value : english;
    }

    /// <summary>The Schedule as an id segment: "1, Part 1" and "1,Part 3" are "Schedule 1, Part 1"/"Schedule 1, Part 3", "1" is
    /// "Schedule 1", "Part 2" stays, "N/A" and empty give "" (left out).</summary>
    internal static string Schedule(string schedule)
    {
        var text = Clean(schedule);
        if (text.Length == 0 || string.Equals(text, "N/A", StringComparison.OrdinalIgnoreCase)) return "";
        var numbered = NumberedSchedule().Match(text);
        if (numbered.Success)
        {
            var rest = numbered.Groups[2].Value.Trim();
            return rest.Length == 0 ? $"Schedule {numbered.Groups[1].Value}" : $"Schedule {numbered.Groups[1].Value}, {rest}";
        }

        // A slash would read as a segment separator in the id.
        return text.Replace('/', '-');
    }

    private static List<PartialDate> BirthDates(string text, RecordSink sink)
    {
        var dates = new List<PartialDate>();
        if (text.Length == 0) return dates;
        foreach (var part in AlternativeDates().Split(text))
        {
            if (part.Length == 0) continue;
            var range = YearRange().Match(part);
            if (range.Success && int.Parse(range.Groups[1].Value, CultureInfo.InvariantCulture) is var from
                && int.Parse(range.Groups[2].Value, CultureInfo.InvariantCulture) is var to && from is > 0 && to > from && to - from <= MaxYearRange)
            {
                // "1963-1964": born in one of those years, so each is a possible birth year.
                for (var year = from; year <= to; year++) AddOnce(dates, new PartialDate(year));
            }
            else if (PartialDate.TryParseIso(part, out var date))
            {
                AddOnce(dates, date);
            }
            else
            {
                sink.Warn("DateOfBirthOrShipBuildDate", $"\"{Short(part)}\" is not a date (yyyy, yyyy-mm, yyyy-mm-dd or yyyy-yyyy); it was left out.");
            }
        }

        return dates;
    }

    private static void AddOnce(List<PartialDate> dates, PartialDate date)
    {
        if (!dates.Contains(date)) dates.Add(date);
    }

    private static DateOnly? ListedOn(string text, RecordSink sink)
    {
        text = Clean(text);
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        sink.Warn("DateOfListing", $"\"{Short(text)}\" is not a yyyy-mm-dd date; it was left out.");
        return null;
    }

    private static SanctionEntity CopyWithSourceId(SanctionEntity e, string sourceId) => new()
    {
        Source = e.Source,
        SourceId = sourceId,
        Schema = e.Schema,
        Names = e.Names,
        BirthDates = e.BirthDates,
        Countries = e.Countries,
        Identifiers = e.Identifiers,
        Programs = e.Programs,
        Authorities = e.Authorities,
        ListedOn = e.ListedOn,
        Remarks = e.Remarks,
        Addresses = e.Addresses,
        Raw = e.Raw,
    };

    /// <summary>True when most letters of the name are not Latin (Cyrillic, Arabic, ... spellings the file lists among the aliases).
    /// Most, not all: Belarusian names here are often typed with a Latin "i" among Cyrillic letters.</summary>
    private static bool IsNonLatin(string name)
    {
        var latin = name.Count(c => char.IsLetter(c) && c < '\u0250');
        return name.Count(char.IsLetter) > 2 * latin;
    }

    /// <summary>Trims, including the no-break spaces the file carries ("Nazih\u00A0"), and makes inner white-space runs one space.</summary>
    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Short(string text) => text.Length <= 60 ? text : text[..60] + "...";

    [GeneratedRegex(@"\s+or\s+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex AlternativeDates();

    [GeneratedRegex(@"^([0-9]{4})\s*-\s*([0-9]{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"^[0-9]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex ImoNumber();

    [GeneratedRegex(@"\(([A-Z]{3,})\)$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAcronym();

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(?:,\s*(.*))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedSchedule();
}
