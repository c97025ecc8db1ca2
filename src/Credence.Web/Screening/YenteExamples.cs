using System.Text.Json;
using Credence.Core.Entities;
using Credence.Core.Matching;

namespace Credence.Web.Screening;

/// <summary>Turns yente example entities into screening queries, and listed entities into FollowTheMoney-shaped results.</summary>
public static class YenteExamples
{
    /// <summary>Properties read as identifiers, as FollowTheMoney names them.</summary>
    private static readonly string[] IdentifierProperties =
        ["idNumber", "passportNumber", "registrationNumber", "imoNumber", "taxNumber", "innCode", "ogrnCode", "leiCode", "swiftBic", "vatCode"];

    /// <summary>The scoring features Credence reports, described as yente's "matcher" object does.</summary>
    public static Dictionary<string, YenteFeatureDoc> Features { get; } = new(StringComparer.Ordinal)
    {
        ["name_score"] = new("Similarity of the best pair of names, token by token (rare tokens weigh more), in [0,1].", 1.0, Doc),
        ["dob"] = new("Added for an agreeing birth or incorporation date, taken off for a conflicting one.", 1.0, Doc),
        ["country"] = new("Added for an agreeing country or nationality, taken off for a conflicting one.", 1.0, Doc),
        ["identifier"] = new("Added for an identical identifier (passport, registration, IMO number).", 1.0, Doc),
        ["schema"] = new("Taken off when the query's schema conflicts with the listed entity's.", 1.0, Doc),
        ["name_quality"] = new("Taken off when the matched name is a weak alias.", 1.0, Doc),
    };

    private const string Doc = "docs/matching.md";

    /// <summary>The normalised echo of an example: every property as a list of strings.</summary>
    public static YenteQueryEcho Echo(YenteExample example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in example.Properties ?? [])
        {
            var values = Values(value);
            if (values.Count > 0) properties[key] = values;
        }
        return new YenteQueryEcho(example.Id, example.Schema ?? "", properties);
    }

    /// <summary>
    /// The query for an example whose schema is known: the first name, the first readable birth date, the first known country
    /// or nationality and every identifier. Returns null when the example has no name (Credence matches on names).
    /// </summary>
    public static ScreeningQuery? Query(YenteQueryEcho echo, EntitySchema schema)
    {
        ArgumentNullException.ThrowIfNull(echo);
        var name = First(echo, "name")?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > ScreeningInputs.MaxNameLength) return null;
        PartialDate? birthDate = null;
        foreach (var text in All(echo, "birthDate", "incorporationDate"))
        {
            if (PartialDate.TryParseIso(text.Length > 10 ? text[..10] : text, out var date))
            {
                birthDate = date;
                break;
            }
        }
        var country = All(echo, "nationality", "country", "jurisdiction", "citizenship").Select(Countries.ToCode).FirstOrDefault(c => c is not null);
        return new ScreeningQuery
        {
            Name = name,
            Schema = schema == EntitySchema.Unknown ? null : schema,
            BirthDate = birthDate,
            Country = country,
            Identifiers = [.. All(echo, IdentifierProperties).Take(ScreeningInputs.MaxIdentifiers)],
            Reference = echo.Id,
        };
    }

    /// <summary>A listed entity's FollowTheMoney schema name.</summary>
    public static string SchemaName(EntitySchema schema) => schema switch
    {
        EntitySchema.Person => "Person",
        EntitySchema.Organization => "Organization",
        EntitySchema.Vessel => "Vessel",
        EntitySchema.Aircraft => "Airplane",
        _ => "LegalEntity",
    };

    /// <summary>A listed entity's data as FollowTheMoney properties.</summary>
    public static Dictionary<string, List<string>> Properties(SanctionEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var properties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string key, IEnumerable<string> values)
        {
            var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
            if (list.Count > 0) properties[key] = list;
        }
        Add("name", [entity.PrimaryName]);
        Add("alias", entity.Names.Skip(1).Where(n => n.Quality == NameQuality.Strong).Select(n => n.Value));
        Add("weakAlias", entity.Names.Skip(1).Where(n => n.Quality != NameQuality.Strong).Select(n => n.Value));
        var dates = entity.BirthDates.Select(d => d.ToString());
        if (entity.Schema == EntitySchema.Person) Add("birthDate", dates);
        else if (entity.Schema == EntitySchema.Organization) Add("incorporationDate", dates);
        Add(entity.Schema == EntitySchema.Person ? "nationality" : "country", entity.Countries);
        foreach (var group in entity.Identifiers.GroupBy(i => IdentifierProperty(i.Type), StringComparer.Ordinal))
        {
            Add(group.Key, group.Select(i => i.Value));
        }
        Add("address", entity.Addresses);
        if (entity.Remarks is { } remarks) Add("notes", [remarks]);
        Add("topics", ["sanction"]);
        return properties;
    }

    private static string IdentifierProperty(string type)
    {
        var t = type.ToLowerInvariant();
        if (t.Contains("passport", StringComparison.Ordinal)) return "passportNumber";
        if (t.Contains("imo", StringComparison.Ordinal)) return "imoNumber";
        if (t.Contains("registration", StringComparison.Ordinal)) return "registrationNumber";
        if (t.Contains("tax", StringComparison.Ordinal)) return "taxNumber";
        return "idNumber";
    }

    private static string? First(YenteQueryEcho echo, string property) =>
        echo.Properties.TryGetValue(property, out var values) ? values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) : null;

    private static IEnumerable<string> All(YenteQueryEcho echo, params string[] properties) =>
        properties.SelectMany(p => echo.Properties.TryGetValue(p, out var values) ? values : []).Where(v => !string.IsNullOrWhiteSpace(v));

    private static List<string> Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => [.. value.EnumerateArray().Select(Text).OfType<string>()],
        _ => Text(value) is { } text ? [text] : [],
    };

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
